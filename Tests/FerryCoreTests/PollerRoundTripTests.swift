import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// A poll cycle costs one round trip per Region once the AMIs' snapshots are known: the Region's
/// DescribeImages and DescribeSnapshots are in flight together.
///
/// Ordering only, never wall times: the
/// calls are held at a gate that opens when both have arrived, which one after the other never do
/// (the time limit then fails the test).
@Suite(.timeLimit(.minutes(1))) struct PollerRoundTripTests {
  @Test func aLaterCycleAsksForImagesAndSnapshotsTogether() async throws {
    let rig = CoreFixtures.Rig()
    let image = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let snapshot = try await rig.copier.submit(
      CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    rig.time.advance(by: .seconds(150))
    // The first cycle learns the AMI's snapshots from its DescribeImages answer, so it asks after it.
    _ = try await rig.poller.pollOnce()
    let known = try #require(try await rig.journal.record(image.id)).snapshots.map(\.snapshotId)
    #expect(known.count == 2)

    let gate = SendGate(releaseEvery: 2, total: 2)
    await rig.account.setBeforeDescribe { _ in await gate.arrive(phase: nil, journalled: 0) }
    rig.time.advance(by: .seconds(60))
    let cycle = try await rig.poller.pollOnce()

    #expect(await gate.mostInside == 2)
    let expected = ([snapshot.resourceId ?? ""] + known.sorted()).joined(separator: ",")
    #expect(
      Array(await rig.account.log.suffix(2)).sorted() == [
        "DescribeImages eu-west-1 \(image.resourceId ?? "")", "DescribeSnapshots eu-west-1 \(expected)",
      ])
    let polled = try #require(cycle.records.first { $0.id == image.id })
    #expect(polled.snapshots.map(\.progress) == [35, 35])
    #expect(polled.progress == 35)
  }

  @Test func anAvailableImagesSnapshotsAreNotAskedFor() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(60))
    let image = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    rig.time.advance(by: .seconds(120))

    let cycle = try await rig.poller.pollOnce()

    #expect(await rig.account.calls("DescribeSnapshots") == [])
    let done = try #require(cycle.records.first { $0.id == image.id })
    #expect(done.phase == .available)
    #expect(done.snapshots.count == 2)
    #expect(done.snapshots.allSatisfy { $0.state == .completed && $0.progress == 100 })
  }
}
