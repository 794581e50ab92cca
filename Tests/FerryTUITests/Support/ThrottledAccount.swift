import FerryCloud
import FerryRules
import Synchronization

/// The sandbox behind a Describe that EC2 throttles: the next `throttledDescribes` batched
/// DescribeImages / DescribeSnapshots by id (what core's poller sends) fail with
/// `RequestLimitExceeded`; everything else, and every later call, is the wrapped account's own answer.
///
/// A fault injector over the real simulated account (the sandbox has no throttling of its own),
/// for checking that the TUI shows what core's poller reports.
final class ThrottledAccount: AWSAccount {
  static let throttle = AWSError(kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")

  private let account: any AWSAccount
  private let remaining: Mutex<Int>

  init(_ account: any AWSAccount, throttledDescribes: Int) {
    self.account = account
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

  func identity() async throws -> AccountIdentity { try await account.identity() }
  func regions(from region: String) async throws -> [RegionEntry] { try await account.regions(from: region) }
  func zones(in region: String) async throws -> [Zone] { try await account.zones(in: region) }
  func outposts(in region: String) async throws -> [Outpost] { try await account.outposts(in: region) }

  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    if !query.imageIds.isEmpty { try throttleIfDue() }
    return try await account.images(in: region, query: query, nextToken: nextToken)
  }

  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    if !query.snapshotIds.isEmpty { try throttleIfDue() }
    return try await account.snapshots(in: region, query: query, nextToken: nextToken)
  }

  func copy(_ call: APICall) async throws -> CopyOutcome { try await account.copy(call) }
  func deregisterImage(_ imageId: String, in region: String) async throws {
    try await account.deregisterImage(imageId, in: region)
  }
  func deleteSnapshot(_ snapshotId: String, in region: String) async throws {
    try await account.deleteSnapshot(snapshotId, in: region)
  }
  func kmsKeys(in region: String) async throws -> [KMSKey] { try await account.kmsKeys(in: region) }
  func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    try await account.describeKey(keyId, in: region)
  }
}
