/// Where a journalled copy stands, from planned to a final state.
///
/// The order of events is `planned` → `sending` → `submitted` → `pending` → a final state. A record
/// left in `sending` means the request may or may not have reached EC2 (a network error after the
/// send, or a crash before the answer): it is re-sent with the same ClientToken, never as a new copy.
public enum CopyPhase: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// In the journal with its ClientToken; not sent yet (or waiting in a fan-out queue).
  case planned
  /// The request was sent and no answer has been recorded yet.
  case sending
  /// EC2 accepted the copy and named the new resource.
  case submitted
  /// The copy is under way (`progress` holds the percent where known).
  case pending
  /// Success for an AMI copy.
  case available
  /// Success for a snapshot copy.
  case completed
  /// An AMI copy failed (image state `failed`, `error`, `invalid` or `deregistered`).
  case failed
  /// A snapshot copy failed (snapshot state `error`).
  case error
  /// The service refused the request: nothing was created.
  case rejected
  /// The operator cancelled the copy (the pending AMI deregistered or the snapshot deleted).
  case cancelled
  /// A DryRun request that EC2 said would have succeeded (`DryRunOperation`): no copy was made.
  case dryRunSucceeded = "dry-run-succeeded"

  /// True once nothing more will happen to the copy.
  public var isFinal: Bool {
    switch self {
    case .planned, .sending, .submitted, .pending: false
    case .available, .completed, .failed, .error, .rejected, .cancelled, .dryRunSucceeded: true
    }
  }

  /// True for the final states that count as success.
  public var isSuccess: Bool {
    self == .available || self == .completed || self == .dryRunSucceeded
  }

  /// True while EC2 is working on the copy and the poller should follow it.
  public var isInFlight: Bool { self == .submitted || self == .pending }
}
