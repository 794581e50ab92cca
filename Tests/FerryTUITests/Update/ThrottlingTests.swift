import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

@testable import FerryTUI

/// When core's poller reports a throttled cycle, the status pane says so and when it looks again.
@Suite struct ThrottlingTests {
  private static let throttle = AWSError(
    kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")

  private func record() -> CopyRecord {
    var record = CopyRecord(
      id: "cp-1", createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .pending
    record.resourceId = "ami-0fedcba9876543210"
    record.submittedAt = Fixtures.now.addingTimeInterval(-40)
    record.progress = 50
    record.firstProgress = ProgressMark(percent: 0, at: Fixtures.now.addingTimeInterval(-40))
    record.progressAt = Fixtures.now
    return record
  }

  // MARK: - Pacing

  @Test func eachThrottledRefreshDoublesThePauseAndACleanOneResetsIt() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .copies(.success(CopiesReport(records: [record()]))))
    #expect(state.status.pollInterval(now: Fixtures.now) == 10)
    _ = update(&state, .copies(.success(CopiesReport(records: [record()], throttled: Self.throttle))))
    #expect(state.status.pollInterval(now: Fixtures.now) == 20)
    _ = update(&state, .copies(.success(CopiesReport(records: [record()], throttled: Self.throttle))))
    #expect(state.status.pollInterval(now: Fixtures.now) == 40)
    _ = update(&state, .copies(.success(CopiesReport(records: [record()]))))
    #expect(state.status.throttled == nil)
    #expect(state.status.pollInterval(now: Fixtures.now) == 10)
  }

  // MARK: - The status pane

  @Test func thePaneSaysThrottledAndCountsDownToTheNextCheck() {
    var state = Fixtures.loadedState([])
    state.screen = .status
    _ = update(&state, .copies(.success(CopiesReport(records: [record()], throttled: Self.throttle))))
    let lines = AppView.lines(state)
    #expect(lines[3] == "  throttled by EC2 — next check in 20 s (Request limit exceeded. (RequestLimitE…")
    #expect(lines[4].hasPrefix("▸ copying    ami-0fedcba9876543210"))
    _ = update(&state, .tick(Fixtures.now.addingTimeInterval(12)))
    #expect(AppView.lines(state)[3].hasPrefix("  throttled by EC2 — next check in 8 s"))
  }

  @Test func aNetworkFailureIsNotCalledThrottling() {
    var state = Fixtures.loadedState([])
    state.screen = .status
    let down = AWSError(kind: .network, code: "NetworkError", message: "The connection was lost.")
    _ = update(&state, .copies(.success(CopiesReport(records: [record()], throttled: down))))
    #expect(AppView.lines(state)[3].hasPrefix("  EC2 unreachable — next check in 20 s"))
  }
}

/// Through the real copy desk: core's poller, throttled once, reports it and the pane shows it.
@Suite struct ThrottledRefreshTests {
  @Test func aThrottledPollReachesTheStatusPaneThenClears() async throws {
    let clock = ImmediateTimeSource(start: Fixtures.now)
    let sandbox = SandboxAccount(directory: nil, now: { clock.now() })
    let account = ThrottledAccount(sandbox, throttledDescribes: 1)
    let desk = CopyDesk(account: account, journal: InMemoryJournal(), time: clock)
    let effects = EffectRunner(account: account, desk: desk)
    var request = CopyRequest(
      resource: .image, source: SourceSpec(id: SandboxSeed.webServerImage, region: "us-east-1"),
      destination: DestinationSpec(region: "eu-west-1"))
    request.name = "web-slow-poll"
    let catalog = Catalog(regions: try await sandbox.regions(from: "us-east-1"), zones: [], outposts: [])
    _ = try await desk.submit(request, catalog: catalog, facts: nil)

    var state = Fixtures.loadedState([])
    state.screen = .status
    let first = try #require(await effects.run(.refreshCopies, callerAccount: nil))
    _ = update(&state, first)
    #expect(state.status.throttled == ThrottledAccount.throttle)
    #expect(AppView.lines(state)[3].hasPrefix("  throttled by EC2 — next check in "))

    let second = try #require(await effects.run(.refreshCopies, callerAccount: nil))
    _ = update(&state, second)
    #expect(state.status.throttled == nil)
    #expect(state.status.copies.first?.phase == .pending)
    #expect(!AppView.lines(state).joined().contains("throttled"))
  }
}
