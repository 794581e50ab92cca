import FerryCloud
import FerryRules
import Synchronization

/// The sandbox behind a Describe that EC2 throttles: the next `throttledDescribes` batched
/// DescribeImages / DescribeSnapshots by id (what core's poller sends) fail with
/// `RequestLimitExceeded`; everything else, and every later call, is the wrapped account's own answer.
///
/// A fault injector over the real simulated account (the sandbox has no throttling of its own),
/// for checking that the TUI shows what core's poller reports.
final class ThrottledAccount: ForwardingAccount {
  static let throttle = AWSError(kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")

  let base: any AWSAccount
  private let remaining: Mutex<Int>

  init(_ account: any AWSAccount, throttledDescribes: Int) {
    self.base = account
    self.remaining = Mutex(throttledDescribes)
  }

  private func throttleIfDue() throws {
    let due = remaining.withLock { count in
      guard count > 0 else { return false }
      count -= 1
      return true
    }
    if due { throw Self.throttle }
  }

  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    if !query.imageIds.isEmpty { try throttleIfDue() }
    return try await base.images(in: region, query: query, nextToken: nextToken)
  }

  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    if !query.snapshotIds.isEmpty { try throttleIfDue() }
    return try await base.snapshots(in: region, query: query, nextToken: nextToken)
  }

}
