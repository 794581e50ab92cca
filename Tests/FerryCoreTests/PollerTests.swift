import FerryCloud
import FerryRules
import Foundation
import Testing

@testable import FerryCore

@Suite struct PollerTests {
  private let throttled = AWSError(kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")

  private func submit(_ requests: [CopyRequest], on rig: CoreFixtures.Rig) async throws -> [CopyRecord] {
    var records: [CopyRecord] = []
    for request in requests { records.append(try await rig.copier.submit(request, catalog: CoreFixtures.catalog)) }
    return records
  }

  private func collect(_ stream: AsyncStream<CopyEvent>) async -> [CopyEvent] {
    var events: [CopyEvent] = []
    for await event in stream { events.append(event) }
    return events
  }

  // MARK: - Batching

  @Test func oneDescribePerRegionAndKindPerCycle() async throws {
    let rig = CoreFixtures.Rig()
    let regions = ["eu-west-1", "us-west-2", "ap-southeast-2"]
    var requests: [CopyRequest] = []
    for region in regions {
      requests += [CoreFixtures.imageCopy(to: region), CoreFixtures.imageCopy(to: region)]
      requests += [CoreFixtures.snapshotCopy(to: region, source: "snap-0123456789abcdef1")]
      requests += [CoreFixtures.snapshotCopy(to: region, source: "snap-0123456789abcdef2")]
    }
    _ = try await submit(requests, on: rig)
    rig.time.advance(by: .seconds(60))

    let cycle = try await rig.poller.pollOnce()

    #expect(cycle.events.count == 12)
    for region in regions {
      #expect(await rig.account.calls("DescribeImages").filter { $0.contains(" \(region) ") }.count == 1)
      #expect(await rig.account.calls("DescribeSnapshots").filter { $0.contains(" \(region) ") }.count == 1)
    }
    #expect(await rig.account.calls("DescribeImages").count == 3)
    #expect(await rig.account.calls("DescribeSnapshots").count == 3)
  }

  @Test func theSnapshotBatchIncludesTheSnapshotsOfPendingImages() async throws {
    let rig = CoreFixtures.Rig()
    _ = try await submit(
      [CoreFixtures.imageCopy(to: "eu-west-1"), CoreFixtures.snapshotCopy(to: "eu-west-1")], on: rig)
    rig.time.advance(by: .seconds(150))
    let cycle = try await rig.poller.pollOnce()
    #expect(
      await rig.account.calls("DescribeSnapshots") == [
        "DescribeSnapshots eu-west-1 snap-00000000000000004,snap-00000000000000002,snap-00000000000000003"
      ])
    let image = try #require(cycle.records.first { $0.resource == .image })
    #expect(image.snapshots.map(\.progress) == [25, 25])
    #expect(image.progress == 25)
    #expect(image.phase == .pending)
  }

  @Test func aPollerFollowsOnlyItsOwnAccountsCopies() async throws {
    let rig = CoreFixtures.Rig()
    let mine = Copier(account: rig.account, journal: rig.journal, time: rig.time, accountKey: "aws:111122223333")
    let theirs = Copier(account: rig.account, journal: rig.journal, time: rig.time, accountKey: "sandbox")
    let own = try await mine.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    _ = try await theirs.submit(CoreFixtures.imageCopy(to: "us-west-2"), catalog: CoreFixtures.catalog)
    let poller = Poller(account: rig.account, journal: rig.journal, time: rig.time, accountKey: "aws:111122223333")
    let cycle = try await poller.pollOnce()
    #expect(cycle.records.map(\.id) == [own.id])
    #expect(await rig.account.calls("DescribeImages") == ["DescribeImages eu-west-1 \(own.resourceId ?? "")"])
  }

  // MARK: - Acceptors

  @Test(arguments: [
    (Image.State.available, Acceptor.Verdict.success), (.pending, .retry), (.transient, .retry),
    (.failed, .failure), (.error, .failure), (.invalid, .failure), (.deregistered, .failure), (.disabled, .failure),
  ])
  func imageAcceptor(state: Image.State, verdict: Acceptor.Verdict) {
    #expect(Acceptor.image(state) == verdict)
  }

  @Test(arguments: [
    (Snapshot.State.completed, Acceptor.Verdict.success), (.pending, .retry), (.error, .failure),
    (.recoverable, .retry), (.recovering, .retry),
  ])
  func snapshotAcceptor(state: Snapshot.State, verdict: Acceptor.Verdict) {
    #expect(Acceptor.snapshot(state) == verdict)
  }

  @Test func aNewImageNotYetVisibleIsRetriedThenFollowed() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(60))
    await rig.account.setInvisibleFor(.seconds(8))
    let record = try #require(try await submit([CoreFixtures.imageCopy(to: "eu-west-1")], on: rig).first)
    let events = await collect(rig.poller.follow([record.id]))
    let final = try #require(try await rig.journal.record(record.id))
    #expect(final.phase == .available)
    #expect(final.notFoundCount == 0)
    guard case .completed(let completed) = events.last else {
      Issue.record("expected .completed last, got \(String(describing: events.last))")
      return
    }
    #expect(completed.resourceId == record.resourceId)
  }

  @Test func anImageThatNeverAppearsFailsAfterTheRetries() async throws {
    let rig = CoreFixtures.Rig(settings: PollSettings(notFoundRetries: 2))
    let record = try #require(try await submit([CoreFixtures.imageCopy(to: "eu-west-1")], on: rig).first)
    try await rig.account.deregisterImage(try #require(record.resourceId), in: "eu-west-1")
    for _ in 0..<2 { _ = try await rig.poller.pollOnce() }
    let waiting = try #require(try await rig.journal.record(record.id))
    #expect(waiting.phase == .submitted)
    #expect(waiting.notFoundCount == 2)
    _ = try await rig.poller.pollOnce()
    let final = try #require(try await rig.journal.record(record.id))
    #expect(final.phase == .failed)
    #expect(final.reason == "ami-00000000000000001 no longer exists in eu-west-1")
  }

  @Test func aFailedSnapshotCopyEndsInErrorWithTheStateMessage() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(30))
    await rig.account.fail(source: "snap-0123456789abcdef0")
    let record = try #require(try await submit([CoreFixtures.snapshotCopy(to: "eu-west-1")], on: rig).first)
    let events = await collect(rig.poller.follow([record.id]))
    guard case .failed(let failed) = events.last else {
      Issue.record("expected .failed last, got \(String(describing: events.last))")
      return
    }
    #expect(failed.phase == .error)
    #expect(failed.reason == "Given key ID is not accessible")
  }

  // MARK: - Pacing

  @Test func followingWidensThePauseUpToTheCap() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(3600))
    let record = try #require(try await submit([CoreFixtures.snapshotCopy(to: "eu-west-1")], on: rig).first)
    _ = await collect(rig.poller.follow([record.id]))
    let sleeps = rig.time.sleeps
    #expect(sleeps.first == .seconds(5))
    #expect(sleeps.allSatisfy { $0 >= .seconds(5) && $0 <= .seconds(60) })
    #expect(sleeps.contains(.seconds(60)))
    #expect(try await rig.journal.record(record.id)?.phase == .completed)
  }

  @Test func throttlingDoublesThePause() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(3600))
    let record = try #require(try await submit([CoreFixtures.snapshotCopy(to: "eu-west-1")], on: rig).first)
    for _ in 0..<3 { await rig.account.queueDescribeFault(throttled) }
    var events: [CopyEvent] = []
    for await event in rig.poller.follow([record.id]) {
      events.append(event)
      if events.count == 4 { break }
    }
    #expect(Array(rig.time.sleeps.prefix(3)) == [.seconds(10), .seconds(30), .seconds(90)])
    #expect(events.first == .pollFailed(throttled, retryIn: .seconds(10)))
  }

  @Test func aTimeoutEndsFollowingWithTheCopiesStillUnderWay() async throws {
    let rig = CoreFixtures.Rig(copyDuration: .seconds(7200))
    let record = try #require(try await submit([CoreFixtures.imageCopy(to: "eu-west-1")], on: rig).first)
    let events = await collect(rig.poller.follow([record.id], timeout: .seconds(120)))
    guard case .timedOut(let open) = events.last else {
      Issue.record("expected .timedOut last, got \(String(describing: events.last))")
      return
    }
    #expect(open.map(\.id) == [record.id])
    #expect(rig.time.now() == CoreFixtures.start.addingTimeInterval(120))
  }

  @Test func credentialsErrorsStopFollowing() async throws {
    let rig = CoreFixtures.Rig()
    let record = try #require(try await submit([CoreFixtures.imageCopy(to: "eu-west-1")], on: rig).first)
    let denied = AWSError(
      kind: .credentials, code: "AuthFailure", message: "AWS was not able to validate the provided access credentials")
    await rig.account.queueDescribeFault(denied)
    let events = await collect(rig.poller.follow([record.id]))
    #expect(events == [.stopped(denied)])
  }

  // MARK: - Interval function

  @Test(
    arguments: [
      (0, nil, 0, nil, Duration.seconds(5)),
      (1, nil, 0, nil, .milliseconds(7500)),
      (4, nil, 0, nil, .milliseconds(25313)),
      (10, nil, 0, nil, .seconds(60)),
      (0, Duration.seconds(3600), 0, nil, .seconds(60)),
      (0, .seconds(100), 0, nil, .seconds(25)),
      (0, .seconds(4), 0, nil, .seconds(5)),
      (0, nil, 1, nil, .seconds(10)),
      (10, nil, 3, nil, .seconds(300)),
      (10, nil, 0, Duration.seconds(12), .seconds(12)),
    ] as [(Int, Duration?, Int, Duration?, Duration)])
  func pollInterval(cycle: Int, soonest: Duration?, throttled: Int, remaining: Duration?, expected: Duration) {
    #expect(
      PollInterval.next(cycle: cycle, soonestCompletion: soonest, throttledStreak: throttled, remaining: remaining)
        == expected)
  }

  // MARK: - Estimates

  @Test func theEstimateProjectsTheRateBetweenTwoObservations() {
    var record = CopyRecord(
      id: "cp-1", createdAt: CoreFixtures.start,
      call: APICall(operation: .copySnapshot, region: "eu-west-1", parameters: [:]), destination: "Region eu-west-1",
      sourceId: "snap-1", sourceRegion: "us-east-1", clientToken: "t", phase: .pending)
    record.submittedAt = CoreFixtures.start
    let at = { (seconds: Double) in CoreFixtures.start.addingTimeInterval(seconds) }
    // 60 s at 0 %, then 10 % seen: one observation is no rate, so no estimate.
    record.progress = 10
    CopyUpdate.observe(&record, now: at(60))
    #expect(ProgressEstimate(record: record, now: at(60)).remaining == nil)
    // 30 % twenty seconds later: 1 %/s, so 70 s from then — not the 140 s that counting the wait would say.
    record.progress = 30
    CopyUpdate.observe(&record, now: at(80))
    #expect(
      ProgressEstimate(record: record, now: at(80))
        == ProgressEstimate(percent: 30, elapsed: .seconds(80), remaining: .seconds(70)))
    // Time since the observation counts down, never below zero.
    #expect(ProgressEstimate(record: record, now: at(100)).remaining == .seconds(50))
    #expect(ProgressEstimate(record: record, now: at(500)).remaining == .seconds(0))
    record.phase = .completed
    #expect(ProgressEstimate(record: record, now: at(90)).remaining == nil)
  }
}
