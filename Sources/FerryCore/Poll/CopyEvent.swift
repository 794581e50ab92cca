import FerryCloud

/// What happened to the copies being followed, as the poller and the fan-out queue report it.
///
/// The CLI turns these into stderr lines, the TUI into status-pane messages. Each carries the record
/// as the journal now holds it.
public enum CopyEvent: Sendable, Equatable {
  /// EC2 accepted a copy and named the new resource.
  case submitted(CopyRecord)
  /// A poll cycle saw the copy still under way.
  case progress(CopyRecord, ProgressEstimate)
  /// The copy ended well (`available`, `completed`, or a passed dry run).
  case completed(CopyRecord)
  /// The copy ended badly (`failed`, `error`, or refused by EC2); `reason` says why.
  case failed(CopyRecord)
  /// EC2 had too many copies in flight (`ResourceLimitExceeded`); the copy waits in the queue.
  case requeued(CopyRecord, retryIn: Duration)
  /// A poll cycle failed for a reason that may pass (throttling, network); polling goes on.
  case pollFailed(AWSError, retryIn: Duration)
  /// Following stopped because of an error that will not pass by waiting (e.g. credentials).
  case stopped(AWSError)
  /// The caller's deadline passed; these copies were still under way.
  case timedOut([CopyRecord])
}
