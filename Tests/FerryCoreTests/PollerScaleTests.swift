import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// Issue 13's thousands in flight: 2,000 copies across the sandbox's enabled Regions still cost at most
/// two Describe calls per Region per cycle; a Region with more ids than one call takes is asked in
/// batches; an unknown id in a big batch is found by halving, not by asking every id alone.
@Suite struct PollerScaleTests {
  private static let regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "af-south-1"]
  private static let catalog = Catalog(regions: regions.map { RegionEntry(name: $0, optIn: .notRequired) })

  /// Copy `n`: AMIs and snapshots alternating, dealt round-robin over the Regions.
  private static func request(_ n: Int) -> CopyRequest {
    let region = regions[n % regions.count]
    var image = CoreFixtures.imageCopy(to: region)
    image.name = "app-server-\(n)"
    return n % 2 == 0 ? image : CoreFixtures.snapshotCopy(to: region, source: String(format: "snap-0123456789a%06d", n))
  }

  /// Each Describe call of the log since `from`: operation, Region and how many ids it named.
  private static func describeCalls(_ account: ScriptedAccount, from: Int) async -> [(key: String, ids: Int)] {
    let calls = await account.calls("DescribeImages") + account.calls("DescribeSnapshots")
    return calls.dropFirst(from).map { call in
      let words = call.split(separator: " ")
      return ("\(words[0]) \(words[1])", words.count > 2 ? words[2].split(separator: ",").count : 0)
    }
  }

  /// The copies in flight: journalled in one write (`Admission`), made by the account, and recorded as
  /// submitted in one more write.
  ///
  /// Sent one by one through the copier, each copy would rewrite the whole
  /// journal twice, and 2,000 copies would cost this suite seconds of the test run's two cores.
  private static func inFlight(_ requests: [CopyRequest], _ rig: CoreFixtures.Rig) async throws {
    let planned = try await rig.admit(requests, catalog: catalog)
    var made: [String: String] = [:]
    for record in planned { made[record.id] = try await rig.account.copy(record.call).resourceId }
    let now = rig.time.now()
    try await rig.journal.modify { [made] records in
      for index in records.indices {
        guard let resourceId = made[records[index].id] else { continue }
        records[index].phase = .submitted
        records[index].resourceId = resourceId
        records[index].submittedAt = now
      }
    }
  }

  private static func snapshots(_ count: Int, to region: String) -> [CopyRequest] {
    (0..<count).map { CoreFixtures.snapshotCopy(to: region, source: String(format: "snap-0123456789a%06d", $0)) }
  }

  @Test func twoThousandCopiesCostAtMostTwoDescribeCallsPerRegionPerCycle() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(36_000))
    try await Self.inFlight((0..<2_000).map { Self.request($0) }, rig)

    var seen = 0
    for _ in 0..<3 {
      rig.time.advance(by: .seconds(60))
      let cycle = try await rig.poller.pollOnce()
      #expect(cycle.records.count == 2_000)
      #expect(cycle.errors.isEmpty)
      let calls = await Self.describeCalls(rig.account, from: seen)
      seen += calls.count
      let perRegion = Dictionary(grouping: calls, by: { $0.key.split(separator: " ")[1] }).mapValues(\.count)
      #expect(Set(perRegion.keys.map(String.init)) == Set(Self.regions))
      #expect(perRegion.values.allSatisfy { $0 <= 2 }, "\(perRegion)")
      #expect(calls.allSatisfy { $0.ids <= 1_000 })
    }
    // Every AMI's progress came from its snapshots, every snapshot copy's from its own answer.
    #expect(try await rig.journal.records().allSatisfy { $0.phase == .pending && $0.progress != nil })
  }

  @Test func moreIdsThanOneCallTakesAreAskedInBatches() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(36_000))
    try await Self.inFlight(Self.snapshots(1_001, to: "eu-west-1"), rig)
    rig.time.advance(by: .seconds(60))
    let cycle = try await rig.poller.pollOnce()

    #expect(cycle.records.count == 1_001)
    let calls = await Self.describeCalls(rig.account, from: 0)
    #expect(calls.map(\.key) == ["DescribeSnapshots eu-west-1", "DescribeSnapshots eu-west-1"])
    #expect(calls.map(\.ids).sorted() == [1, 1_000])
    #expect(try await rig.journal.records().allSatisfy { $0.progress != nil })
  }

  @Test func anUnknownIdInABigBatchIsFoundByHalving() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(36_000))
    try await Self.inFlight(Self.snapshots(256, to: "eu-west-1"), rig)
    rig.time.advance(by: .seconds(60))
    await rig.account.setInvisibleFor(.seconds(30))
    let late = try await rig.copier.submit(CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: Self.catalog)

    let cycle = try await rig.poller.pollOnce()

    // 257 ids: the whole batch, then both halves of each failing half down to the unknown id — at most
    // 1 + 2·⌈log₂ 257⌉ = 19 calls, where asking each id alone would cost 258.
    let calls = await rig.account.calls("DescribeSnapshots").count
    #expect(calls > 1 && calls <= 19, "\(calls) calls")
    #expect(cycle.records.filter { $0.progress != nil }.count == 256)
    #expect(try await rig.journal.record(late.id)?.notFoundCount == 1)
  }
}
