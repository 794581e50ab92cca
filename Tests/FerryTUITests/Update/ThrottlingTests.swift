import FerryCloud
import FerryCore
import FerryRules
import Foundation
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
