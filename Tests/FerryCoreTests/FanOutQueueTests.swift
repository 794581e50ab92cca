import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@Suite struct FanOutQueueTests {
  private func collect(_ stream: AsyncStream<CopyEvent>) async -> [CopyEvent] {
    var events: [CopyEvent] = []
    for await event in stream { events.append(event) }
    return events
  }

  private func waiting(_ id: String, _ region: String, _ resource: Resource, notBefore: Date? = nil)
    -> FanOutSchedule.Waiting
  {
    FanOutSchedule.Waiting(id: id, region: region, resource: resource, notBefore: notBefore)
  }

  private func inFlight(_ count: Int, _ region: String, _ operation: FerryRules.Operation) -> [CopyRecord] {
    (0..<count).map { index in
      CopyRecord(
        id: "busy-\(region)-\(index)", createdAt: CoreFixtures.start,
        call: APICall(operation: operation, region: region, parameters: [:]), destination: "Region \(region)",
        sourceId: "x", sourceRegion: "us-east-1", clientToken: "t-\(index)", phase: .pending)
    }
  }

  // MARK: - Schedule (pure)

  @Test func theScheduleFillsFreeSlotsInQueueOrder() {
    let limits = FanOutLimits(snapshotCopiesPerRegion: 20, imageCopiesPerRegion: 2)
    let queue = [
      waiting("a", "eu-west-1", .snapshot), waiting("b", "eu-west-1", .snapshot),
      waiting("c", "eu-west-1", .image), waiting("d", "eu-west-1", .image), waiting("e", "us-west-2", .image),
    ]
    let busy = inFlight(19, "eu-west-1", .copySnapshot) + inFlight(1, "eu-west-1", .copyImage)
    #expect(
      FanOutSchedule.admissible(waiting: queue, journal: busy, now: CoreFixtures.start, limits: limits) == [
        "a", "c", "e",
      ])
  }

  @Test func aBackedOffCopyWaitsItsTurn() {
    let later = CoreFixtures.start.addingTimeInterval(30)
    let queue = [waiting("a", "eu-west-1", .snapshot, notBefore: later), waiting("b", "eu-west-1", .snapshot)]
    #expect(
      FanOutSchedule.admissible(waiting: queue, journal: [], now: CoreFixtures.start, limits: FanOutLimits()) == ["b"])
    #expect(FanOutSchedule.admissible(waiting: queue, journal: [], now: later, limits: FanOutLimits()) == ["a", "b"])
  }

  @Test(arguments: [
    (1, Duration.seconds(15)), (2, .seconds(30)), (3, .seconds(60)), (6, .seconds(300)), (40, .seconds(300)),
  ])
  func requeueDelayDoublesToTheCap(attempt: Int, expected: Duration) {
    #expect(FanOutSchedule.requeueDelay(attempt: attempt, limits: FanOutLimits()) == expected)
  }

  // MARK: - Queue

  @Test func twentyFiveSnapshotCopiesNeverExceedTwentyInFlight() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(120))
    let queue = FanOutQueue(copier: rig.copier, poller: rig.poller)
    let requests = (0..<25).map {
      CoreFixtures.snapshotCopy(to: "eu-west-1", source: String(format: "snap-%017x", $0 + 1))
    }
    let records = try await rig.admit(requests, catalog: CoreFixtures.catalog)
    #expect(await rig.journal.records().allSatisfy { $0.phase == .planned })

    let events = await collect(queue.run(records.map(\.id)))

    #expect(await rig.account.maxUnfinishedAtCopy == 19)
    #expect(await rig.account.calls("CopySnapshot").count == 25)
    #expect(events.filter { if case .submitted = $0 { true } else { false } }.count == 25)
    #expect(events.filter { if case .completed = $0 { true } else { false } }.count == 25)
    #expect(await rig.journal.records().allSatisfy { $0.phase == .completed })
  }

  @Test func slotsHeldByCopiesOutsideTheFanOutAreFreedAsTheyFinish() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(120))
    for index in 0..<20 {
      let request = CoreFixtures.snapshotCopy(to: "eu-west-1", source: String(format: "snap-%017x", index + 100))
      _ = try await rig.copier.submit(request, catalog: CoreFixtures.catalog)
    }
    let queue = FanOutQueue(copier: rig.copier, poller: rig.poller)
    let records = try await rig.admit([CoreFixtures.snapshotCopy(to: "eu-west-1")], catalog: CoreFixtures.catalog)

    let events = await collect(queue.run(records.map(\.id)))

    #expect(await rig.account.maxUnfinishedAtCopy == 19)
    #expect(try await rig.journal.record(records[0].id)?.phase == .completed)
    // Only the fan-out's own copy is reported, though all 21 were polled.
    #expect(
      events.allSatisfy { event in
        switch event {
        case .submitted(let record), .progress(let record, _), .completed(let record): record.id == records[0].id
        default: false
        }
      })
  }

  @Test func aLimitAnswerRequeuesTheCopyInsteadOfFailingIt() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(60))
    let limit = AWSError(
      kind: .service, code: "ResourceLimitExceeded", message: "Too many snapshot copies in progress.")
    await rig.account.queueCopyFault(limit, afterCreating: false)
    await rig.account.queueCopyFault(limit, afterCreating: false)
    let queue = FanOutQueue(copier: rig.copier, poller: rig.poller)
    let records = try await rig.admit([CoreFixtures.snapshotCopy(to: "eu-west-1")], catalog: CoreFixtures.catalog)

    let events = await collect(queue.run(records.map(\.id)))

    let requeued = events.compactMap { event -> Duration? in
      if case .requeued(_, let delay) = event { return delay }
      return nil
    }
    #expect(requeued == [.seconds(15), .seconds(30)])
    #expect(await rig.account.copiesMade == 1)
    #expect(try await rig.journal.record(records[0].id)?.phase == .completed)
  }

  @Test func oneInvalidRequestRefusesTheWholeFanOut() async throws {
    let rig = CoreFixtures.Rig()
    var broken = CoreFixtures.imageCopy(to: "eu-west-1")
    broken.name = "x"
    await #expect(throws: CopyRefused.self) {
      try await rig.admit([CoreFixtures.imageCopy(to: "us-west-2"), broken], catalog: CoreFixtures.catalog)
    }
    #expect(await rig.journal.records() == [])
    #expect(await rig.account.log == [])
  }
}

// MARK: - Fan-out requests

@Suite struct FanOutRequestTests {
  @Test func eachDestinationBecomesOneCopyWithItsOwnKey() {
    var request = CoreFixtures.snapshotCopy(to: "eu-west-1")
    request.kmsKeyId = "alias/backup"
    request.destinations = [
      DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "us-west-2", kmsKeyId: "alias/west"),
    ]
    let singles = request.singleCopies
    #expect(singles.map(\.destination.region) == ["eu-west-1", "us-west-2"])
    #expect(singles.map(\.kmsKeyId) == ["alias/backup", "alias/west"])
    #expect(singles.allSatisfy { $0.destinations == nil && $0.destination.kmsKeyId == nil })
  }

  @Test func aFanOutIsJournalledWholeBeforeAnythingIsSent() async throws {
    let rig = CoreFixtures.Rig()
    var request = CoreFixtures.imageCopy(to: "eu-west-1")
    request.destinations = [DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "ap-southeast-2")]
    let records = try await rig.admit([request], catalog: CoreFixtures.catalog)
    #expect(records.map(\.region) == ["eu-west-1", "ap-southeast-2"])
    #expect(records.map(\.clientToken) == ["token-1", "token-2"])
    #expect(await rig.account.log == [])
  }

  @Test func onlyThePlacesNamedAreAskedFor() {
    var request = CoreFixtures.imageCopy(to: "eu-west-1")
    #expect(CatalogLoader.places([request]) == ([], false, []))
    request.destinations = [
      DestinationSpec(region: "eu-west-1"), DestinationSpec(localZone: "us-west-2-lax-1a"),
      DestinationSpec(outpostArn: "arn:aws:outposts:ap-southeast-2:123456789012:outpost/op-0123456789abcdef0"),
    ]
    #expect(CatalogLoader.places([request]) == (["us-west-2"], false, ["ap-southeast-2"]))
    request.destinations = [DestinationSpec(localZoneId: "usw2-lax1-az1")]
    #expect(CatalogLoader.places([request]) == ([], true, []))
  }

  @Test func aTokenJournalledForAnotherCopyIsRefusedAndNothingIsWritten() async throws {
    let rig = CoreFixtures.Rig()
    var first = CoreFixtures.imageCopy(to: "eu-west-1")
    first.clientToken = "tok-123"
    let record = try await rig.admit(first, catalog: CoreFixtures.catalog)
    // The same copy again (a runbook run twice) is the same record.
    #expect(try await rig.admit(first, catalog: CoreFixtures.catalog) == record)
    var second = first
    second.destination = DestinationSpec(region: "us-west-2")
    let refusal = await #expect(throws: CopyRefused.self) {
      try await rig.admit([CoreFixtures.imageCopy(to: "ap-southeast-2"), second], catalog: CoreFixtures.catalog)
    }
    #expect(refusal?.findings.map(\.rule) == ["client-token-reused"])
    #expect(refusal?.findings.first?.message.contains(record.id) == true)
    #expect(await rig.journal.records() == [record])
  }

  @Test func aTokenOnAFanOutIsRefusedBeforeAnythingIsJournalled() async throws {
    let rig = CoreFixtures.Rig()
    var request = CoreFixtures.imageCopy(to: "eu-west-1")
    request.clientToken = "tok-123"
    request.destinations = [DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "us-west-2")]
    let refusal = await #expect(throws: CopyRefused.self) {
      try await rig.admit([request], catalog: CoreFixtures.catalog)
    }
    #expect(refusal?.findings.map(\.rule) == ["client-token-fan-out", "client-token-fan-out"])
    #expect(await rig.journal.records() == [])
  }

  @Test func twoRequestsOfOneFileCannotShareANameInOneRegion() async throws {
    let rig = CoreFixtures.Rig()
    let refusal = await #expect(throws: CopyRefused.self) {
      try await rig.admit(
        [CoreFixtures.imageCopy(to: "eu-west-1"), CoreFixtures.imageCopy(to: "eu-west-1")],
        catalog: CoreFixtures.catalog)
    }
    #expect(refusal?.findings.map(\.rule) == ["fan-out-duplicate-name"])
    #expect(await rig.journal.records() == [])
  }
}

@Suite struct SubmissionIdTests {
  @Test func theCopiesAdmittedTogetherShareTheFirstCopysId() async throws {
    let rig = CoreFixtures.Rig()
    var request = CoreFixtures.imageCopy(to: "eu-west-1")
    request.destinations = [DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "ap-southeast-2")]
    let records = try await rig.admit([request], catalog: CoreFixtures.catalog)
    #expect(records.map(\.submission) == [records[0].id, records[0].id])
    let alone = try await rig.admit(CoreFixtures.imageCopy(to: "us-west-2"), catalog: CoreFixtures.catalog)
    #expect(alone.submission == alone.id)
  }
}
