import FerryRules
import Foundation

/// One copy as the status pane shows it: this run's or an earlier run's, from the journal.
///
/// A view model filled by a `CopyTracker`; the TUI never writes the journal itself.
public struct CopyRecord: Sendable, Equatable {
  public enum State: String, Sendable, Equatable {
    /// Written to the journal, the call not yet answered.
    case submitted
    case pending
    case succeeded
    case failed
    case cancelled

    public var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
  }

  /// Progress of one snapshot of an AMI copy.
  public struct SnapshotProgress: Sendable, Equatable {
    public var id: String
    public var percent: Int?

    public init(id: String, percent: Int?) {
      self.id = id
      self.percent = percent
    }
  }

  /// The journal's id for the copy (its ClientToken).
  public var id: String
  public var operation: FerryRules.Operation
  public var sourceId: String
  public var sourceRegion: String
  /// Where it goes, in words (`eu-west-1`, `us-west-2-lax-1a`, an Outpost's id).
  public var destination: String
  /// The Region whose endpoint took the call.
  public var region: String
  /// The new `ami-…`/`snap-…`, once EC2 answered.
  public var resourceId: String?
  public var state: State
  /// 0–100 when known.
  public var percent: Int?
  public var submittedAt: Date
  public var finishedAt: Date?
  /// Why it failed or was cancelled, in plain words.
  public var message: String?
  public var snapshots: [SnapshotProgress]

  public init(
    id: String, operation: FerryRules.Operation, sourceId: String, sourceRegion: String, destination: String, region: String,
    resourceId: String? = nil, state: State, percent: Int? = nil, submittedAt: Date, finishedAt: Date? = nil,
    message: String? = nil, snapshots: [SnapshotProgress] = []
  ) {
    self.id = id
    self.operation = operation
    self.sourceId = sourceId
    self.sourceRegion = sourceRegion
    self.destination = destination
    self.region = region
    self.resourceId = resourceId
    self.state = state
    self.percent = percent
    self.submittedAt = submittedAt
    self.finishedAt = finishedAt
    self.message = message
    self.snapshots = snapshots
  }

  /// Seconds since submission (until it finished).
  public func elapsed(now: Date) -> TimeInterval { (finishedAt ?? now).timeIntervalSince(submittedAt) }

  /// Seconds left, extrapolated from progress so far; `nil` before there is progress to go on.
  public func estimate(now: Date) -> TimeInterval? {
    guard !state.isFinished, let percent, percent > 0, percent < 100 else { return nil }
    let elapsed = elapsed(now: now)
    return elapsed * Double(100 - percent) / Double(percent)
  }
}
