import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// Issue 7's API budget: 50 copies in flight across 3 Regions cost at most one Describe call per
/// Region and kind per poll cycle (6), where one waiter per copy (the AWS CLI's way) costs 50.
@Suite struct PollerCostTests {
  private static let regions = ["eu-west-1", "us-west-2", "ap-southeast-2"]

  /// Copy `n` of 50: AMIs and snapshots alternating, dealt round-robin over the three Regions.
  private static func request(_ n: Int) -> CopyRequest {
    let region = regions[n % regions.count]
    return n % 2 == 0
      ? CoreFixtures.imageCopy(to: region)
      : CoreFixtures.snapshotCopy(to: region, source: String(format: "snap-0123456789ab%05d", n))
  }

  /// Describe calls in the account's log, by operation and Region.
  private static func describeCalls(_ account: ScriptedAccount) async -> [String: Int] {
    var counts: [String: Int] = [:]
    for call in await account.calls("DescribeImages") + account.calls("DescribeSnapshots") {
      let words = call.split(separator: " ")
      counts["\(words[0]) \(words[1])", default: 0] += 1
    }
    return counts
  }

  // MARK: - Journal passes per cycle

  /// Following reads the journal once a cycle besides its one write (twice before): a file journal
  /// decodes every record on each pass, which with thousands in flight is the cycle's main CPU cost.
  @Test func followingReadsTheJournalOnceACycle() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(3_600))
    let record = try await rig.copier.submit(CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let (reads, writes) = (await rig.journal.reads, await rig.journal.writes)
    for await _ in rig.poller.follow([record.id]) {}
    let cycles = rig.time.sleeps.count + 1
    #expect(cycles > 3)
    #expect(await rig.journal.reads - reads == cycles)
    #expect(await rig.journal.writes - writes == cycles)
    #expect(try await rig.journal.record(record.id)?.phase == .completed)
  }

  // MARK: - Calls per cycle

  @Test func fiftyCopiesInThreeRegionsCostSixDescribeCallsPerCycle() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(3_600))
    for n in 0..<50 { _ = try await rig.copier.submit(Self.request(n), catalog: CoreFixtures.catalog) }
    #expect(await rig.account.calls("CopyImage").count + rig.account.calls("CopySnapshot").count == 50)

    var perCycle: [Int] = []
    var counted = 0
    for _ in 0..<3 {
      rig.time.advance(by: .seconds(60))
      let cycle = try await rig.poller.pollOnce()
      #expect(cycle.records.count == 50)
      let total = await Self.describeCalls(rig.account).values.reduce(0, +)
      perCycle.append(total - counted)
      counted = total
    }

    #expect(perCycle == [6, 6, 6])
    let expected = Dictionary(
      uniqueKeysWithValues: Self.regions.flatMap { ["DescribeImages \($0)", "DescribeSnapshots \($0)"] }.map { ($0, 3) }
    )
    #expect(await Self.describeCalls(rig.account) == expected)
  }

  @Test func eachRegionsBatchNamesEveryCopyInIt() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(3_600))
    let records = try await (0..<50).asyncMap {
      try await rig.copier.submit(Self.request($0), catalog: CoreFixtures.catalog)
    }
    rig.time.advance(by: .seconds(60))
    _ = try await rig.poller.pollOnce()

    for region in Self.regions {
      let images = Set(records.filter { $0.region == region && $0.resource == .image }.compactMap(\.resourceId))
      let call = try #require(await rig.account.calls("DescribeImages \(region)").first)
      let named = Set(call.split(separator: " ").last.map { $0.split(separator: ",").map(String.init) } ?? [])
      #expect(named == images)
    }
  }
}

extension Sequence {
  /// `map` with an async transform, in order, one element at a time.
  fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
    var result: [T] = []
    for element in self { result.append(try await transform(element)) }
    return result
  }
}
