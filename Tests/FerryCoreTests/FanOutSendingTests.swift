import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// The copies of a fan-out are in flight together: ordering invariants only, never wall times.
///
/// Each copy call is held at a `SendGate` inside the account until the calls that may be in flight
/// together have all arrived; a queue that sent one at a time would never fill the gate (the time
/// limit then fails the test).
@Suite(.timeLimit(.minutes(1))) struct FanOutSendingTests {
  /// Eight image copies over the four Regions the fixtures' catalog knows.
  ///
  /// Eight AMI copies, two per Region, each with its own name (AMI names are unique per Region).
  private static let requests = (0..<8).map { index in
    var request = CoreFixtures.imageCopy(to: ["eu-west-1", "us-west-2", "ap-southeast-2", "us-east-1"][index % 4])
    request.name = "app-server-\(index)"
    return request
  }

  private func events(_ stream: AsyncStream<CopyEvent>) async -> [CopyEvent] {
    var events: [CopyEvent] = []
    for await event in stream { events.append(event) }
    return events
  }

  @Test(arguments: [3, 8, 16])
  func atMostNCopiesAreInFlightAndEachIsJournalledBeforeItLeaves(sendsAtOnce: Int) async throws {
    let rig = CoreFixtures.Rig()
    let together = min(sendsAtOnce, Self.requests.count)
    let gate = SendGate(releaseEvery: together, total: Self.requests.count)
    let journal = rig.journal
    await rig.account.setBeforeCopy { call in
      let records = await journal.records()
      let token = call.parameters["ClientToken"]
      let own = records.first { APIValue.string($0.clientToken) == token }
      await gate.arrive(phase: own?.phase, journalled: records.count)
    }
    let queue = FanOutQueue(copier: rig.copier, poller: rig.poller, limits: FanOutLimits(sendsAtOnce: sendsAtOnce))
    let records = try await rig.admit(Self.requests, catalog: CoreFixtures.catalog)

    let events = await events(queue.run(records.map(\.id), until: .submitted))

    #expect(await gate.mostInside == together)
    #expect(await gate.arrivals.count == Self.requests.count)
    // Every call found its own record `sending` and the whole fan-out journalled before it left.
    #expect(await gate.arrivals.allSatisfy { $0 == "sending, 8 journalled" })
    #expect(events.filter { if case .submitted = $0 { true } else { false } }.count == 8)
    #expect(await rig.journal.records().allSatisfy { $0.phase == .submitted })
  }

  @Test func cancellingStartsNoFurtherCopyAndLeavesTheRestPlanned() async throws {
    let rig = CoreFixtures.Rig()
    let gate = SendGate(releaseEvery: .max, total: .max)
    await rig.account.setBeforeCopy { _ in await gate.arrive(phase: nil, journalled: 0) }
    let queue = FanOutQueue(copier: rig.copier, poller: rig.poller, limits: FanOutLimits(sendsAtOnce: 3))
    let records = try await rig.admit(Self.requests, catalog: CoreFixtures.catalog)

    let following = Task { await events(queue.run(records.map(\.id), until: .submitted)) }
    await gate.waitUntilInside(3)
    following.cancel()
    await gate.openForGood()
    _ = await following.value

    // The three calls already out finish as the account answers them; nothing else is sent.
    #expect(await rig.account.calls("CopyImage").count == 3)
    let phases = await rig.journal.records().map(\.phase)
    #expect(phases.filter { $0 == .submitted }.count == 3)
    #expect(phases.filter { $0 == .planned }.count == 5)
  }
}

/// Holds copy calls until `releaseEvery` of them wait together (or all `total` left do), then lets
/// them go; counts the most that were ever inside at once.
actor SendGate {
  private let releaseEvery: Int
  private let total: Int
  private var released = 0
  private var open = false
  private var held: [CheckedContinuation<Void, Never>] = []
  private var watchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
  private(set) var inside = 0
  private(set) var mostInside = 0
  /// What each call saw as it arrived: its record's phase and how many records the journal held.
  private(set) var arrivals: [String] = []

  init(releaseEvery: Int, total: Int) {
    self.releaseEvery = releaseEvery
    self.total = total
  }

  func arrive(phase: CopyPhase?, journalled: Int) async {
    arrivals.append("\(phase?.rawValue ?? "none"), \(journalled) journalled")
    inside += 1
    mostInside = max(mostInside, inside)
    for watcher in watchers where watcher.count <= inside { watcher.continuation.resume() }
    watchers.removeAll { $0.count <= inside }
    if !open {
      await withCheckedContinuation { continuation in
        held.append(continuation)
        if held.count == min(releaseEvery, total - released) { release() }
      }
    }
    inside -= 1
  }

  /// Returns once `count` calls are inside at the same time.
  func waitUntilInside(_ count: Int) async {
    guard inside < count else { return }
    await withCheckedContinuation { watchers.append((count, $0)) }
  }

  /// Lets every held call go, and every later one through without stopping.
  func openForGood() {
    open = true
    release()
  }

  private func release() {
    released += held.count
    held.forEach { $0.resume() }
    held = []
  }
}
