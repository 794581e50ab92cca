import FerryCore
import Foundation
import Terminal

/// The status pane: every copy in the journal, refreshed by polling.
public struct StatusState: Sendable, Equatable {
  public var copies: [CopyRecord] = []
  public var cursor = ListCursor()
  public var lastPoll: Date?
  public var polling = false
  public var error: String?
  /// A copy awaiting `y` to be cancelled.
  public var confirmCancel: String?
  /// Seconds between refreshes while copies are in flight (core's poller batches the calls).
  public static let pollInterval: TimeInterval = 5

  public init() {}

  public var selected: CopyRecord? { copies.indices.contains(cursor.selected) ? copies[cursor.selected] : nil }
  public var inFlight: Bool { copies.contains { !$0.phase.isFinal } }
}
