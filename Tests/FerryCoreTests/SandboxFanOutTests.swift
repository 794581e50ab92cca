import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

/// Issue 13: a fan-out beyond a Region's concurrent-copy limit queues and every copy finishes, against
/// the real sandbox and its limits (20 snapshot copies, 50 AMI copies per destination Region).
@Suite struct SandboxFanOutTests {
  private let time = ImmediateTimeSource(start: Date(timeIntervalSince1970: 1_795_000_000))
  private let sandbox: SandboxAccount

  init() {
    let time = self.time
    sandbox = SandboxAccount(directory: nil, now: { time.now() })
  }

  private func snapshotCopies(_ count: Int, to region: String) -> [CopyRequest] {
    (0..<count).map { _ in
      CopyRequest(
        resource: .snapshot, source: SourceSpec(id: SandboxSeed.backupSnapshot, region: "us-east-1"),
        destination: DestinationSpec(region: region))
    }
  }

  private func imageCopies(_ count: Int, to region: String) -> [CopyRequest] {
    (0..<count).map { n in
      CopyRequest(
        resource: .image, source: SourceSpec(id: "ami-0c7e5d1a9b3f20001", region: "us-east-1"),
        destination: DestinationSpec(region: region), name: "web-server-copy-\(n)")
    }
  }

  /// Admits and runs the requests as one fan-out; returns the events and the journal at the end.
  private func fanOut(_ requests: [CopyRequest], limits: FanOutLimits) async throws -> ([CopyEvent], [CopyRecord]) {
    let journal = InMemoryJournal()
    let copier = Copier(account: sandbox, journal: journal, time: time)
    let poller = Poller(account: sandbox, journal: journal, time: time)
    let submission = try await Admission.gather(requests, account: sandbox, homeRegion: "us-east-1")
    let records = try await Admission(copier: copier).admit(submission)
    var events: [CopyEvent] = []
    for await event in FanOutQueue(copier: copier, poller: poller, limits: limits).run(records.map(\.id)) {
      events.append(event)
    }
    return (events, try await journal.records())
  }

  @Test func aFanOutBeyondTheLimitsQueuesAndEveryCopyFinishes() async throws {
    let requests = snapshotCopies(45, to: "eu-west-1") + imageCopies(60, to: "eu-west-1")
    let (events, records) = try await fanOut(requests, limits: FanOutLimits())

    #expect(records.count == 105)
    #expect(records.filter { $0.phase == .completed }.count == 45)
    #expect(records.filter { $0.phase == .available }.count == 60)
    // The queue kept within the limits: the sandbox never had to refuse a copy.
    #expect(!events.contains { if case .requeued = $0 { true } else { false } })
  }

  @Test func aQueueThatAsksForMoreThanTheRegionTakesIsRefusedRequeuesAndFinishes() async throws {
    // The queue believes in 100 at once; the sandbox says ResourceLimitExceeded past 20 / 50.
    let limits = FanOutLimits(snapshotCopiesPerRegion: 100, imageCopiesPerRegion: 100)
    let requests = snapshotCopies(30, to: "us-west-2") + imageCopies(55, to: "us-west-2")
    let (events, records) = try await fanOut(requests, limits: limits)

    #expect(events.contains { if case .requeued = $0 { true } else { false } })
    #expect(records.count == 85)
    #expect(records.allSatisfy { $0.phase == .completed || $0.phase == .available }, "\(Set(records.map(\.phase)))")
    #expect(Set(records.compactMap(\.resourceId)).count == 85)
  }
}
