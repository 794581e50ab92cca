import FerryCloud
import FerryCore

/// What one refresh of the status pane found: every record of this account, newest first, and the
/// error EC2 throttled the poll with (or the network failed with), if it did.
public struct CopiesReport: Sendable, Equatable {
  public var records: [CopyRecord]
  /// Set when core's poller reported the cycle throttled (`Poller.Cycle.isThrottled`).
  public var throttled: AWSError?

  public init(records: [CopyRecord], throttled: AWSError? = nil) {
    self.records = records
    self.throttled = throttled
  }
}
