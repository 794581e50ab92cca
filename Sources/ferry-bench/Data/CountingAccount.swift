import FerryCloud
import FerryRules
import Foundation

/// The sandbox account as the poller sees it, with every Describe call counted by cycle, Region and
/// kind: a pass-through that changes no answer, so the watch benchmark can report calls per cycle.
final class CountingAccount: AWSAccount, @unchecked Sendable {
  let account: any AWSAccount
  private let lock = NSLock()
  /// The cycle the next calls belong to (the poller's sleeps so far).
  private var cycle = 0
  private(set) var calls: [(cycle: Int, call: String)] = []

  init(_ account: any AWSAccount) { self.account = account }

  func startCycle(_ number: Int) { lock.withLock { cycle = number } }

  private func count(_ call: String) { lock.withLock { calls.append((cycle, call)) } }

  /// The most Describe calls one Region took in one cycle, and the total.
  var mostPerRegionAndCycle: Int {
    lock.withLock {
      Dictionary(grouping: calls, by: { "\($0.cycle) \($0.call.split(separator: " ")[1])" }).values.map(\.count).max()
        ?? 0
    }
  }

  func identity() async throws -> AccountIdentity { try await account.identity() }
  func regions(from region: String) async throws -> [RegionEntry] { try await account.regions(from: region) }
  func zones(in region: String) async throws -> [Zone] { try await account.zones(in: region) }
  func outposts(in region: String) async throws -> [Outpost] { try await account.outposts(in: region) }
  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    count("DescribeImages \(region)")
    return try await account.images(in: region, query: query, nextToken: nextToken)
  }
  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    count("DescribeSnapshots \(region)")
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
