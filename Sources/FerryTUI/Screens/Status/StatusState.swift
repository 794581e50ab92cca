import FerryCloud
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
  /// Refreshes so far this session (the pacing widens with them when no estimate is known).
  public var pollCount = 0
  /// EC2's error when the last refresh was throttled (or the network failed), else nil.
  public var throttled: AWSError?
  /// Throttled refreshes in a row: each doubles the pause, as core's poller does.
  public var throttledStreak = 0
  /// The journal's change marker when it was last read; a different one means another write.
  public var journalMarker: String?
  /// When the journal's marker was last checked (once a second), and whether a check is running.
  public var journalCheckedAt: Date?
  public var readingJournal = false

  public init() {}

  public var selected: CopyRecord? { copies.indices.contains(cursor.selected) ? copies[cursor.selected] : nil }
  public var inFlight: Bool { copies.contains { !$0.phase.isFinal } }

  /// Takes the journal's records as they are now (newest first), keeping the selected copy selected.
  public mutating func show(_ records: [CopyRecord]) {
    let selectedId = selected?.id
    copies = records
    if let selectedId, let index = records.firstIndex(where: { $0.id == selectedId }) {
      cursor.select(index, count: records.count)
    } else {
      cursor.clamp(count: records.count)
    }
  }

  /// Seconds until the next refresh, paced by core's `PollInterval`: a quarter of the soonest
  /// estimated completion, within the poller's bounds, widening while nothing can be estimated.
  public func pollInterval(now: Date) -> TimeInterval {
    let soonest = copies.compactMap { ProgressEstimate(record: $0, now: now).remaining }.min()
    let retried = max(throttledStreak, error == nil ? 0 : 1)
    return PollInterval.next(cycle: pollCount, soonestCompletion: soonest, throttledStreak: retried).seconds
  }

  /// When the next refresh is due: the pause is decided when a refresh ends, so the countdown
  /// the pane shows does not jump as estimates move.
  public var nextPoll: Date? { lastPoll.map { $0.addingTimeInterval(pollInterval(now: $0)) } }

  /// Whole seconds until the next refresh (0 when it is due).
  public func secondsToNextPoll(now: Date) -> Int {
    guard let nextPoll else { return 0 }
    return max(0, Int(nextPoll.timeIntervalSince(now).rounded(.up)))
  }
}
