import FerryCloud
import FerryRules
import Foundation

/// The sandbox account as the poller sees it, with every Describe call counted by cycle, Region and
/// kind: a pass-through that changes no answer, so the watch benchmark can report calls per cycle.
final class CountingAccount: ForwardingAccount, @unchecked Sendable {
  let base: any AWSAccount
  private let lock = NSLock()
  /// The cycle the next calls belong to (the poller's sleeps so far).
  private var cycle = 0
  private(set) var calls: [(cycle: Int, call: String)] = []

  init(_ account: any AWSAccount) { self.base = account }

  func startCycle(_ number: Int) { lock.withLock { cycle = number } }

  private func count(_ call: String) { lock.withLock { calls.append((cycle, call)) } }

  /// The most Describe calls one Region took in one cycle, and the total.
  var mostPerRegionAndCycle: Int {
    lock.withLock {
      Dictionary(grouping: calls, by: { "\($0.cycle) \($0.call.split(separator: " ")[1])" }).values.map(\.count).max()
        ?? 0
    }
  }

  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    count("DescribeImages \(region)")
    return try await base.images(in: region, query: query, nextToken: nextToken)
  }
  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    count("DescribeSnapshots \(region)")
    return try await base.snapshots(in: region, query: query, nextToken: nextToken)
  }
}
