import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// `Copier.cancel`, the one cancel `ferry cancel` and the TUI's status pane both call.
@Suite struct CancelTests {
  private let network = AWSError(kind: .network, code: "NetworkError", message: "The connection was reset")

  @Test func cancellingAnImageCopyDeregistersTheNewImage() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let outcome = try await rig.copier.cancel(record.id)
    guard case .cancelled(let cancelled) = outcome else { Issue.record("\(outcome)"); return }
    #expect(cancelled.phase == .cancelled)
    #expect(cancelled.reason == "cancelled by the operator")
    #expect(cancelled.finishedAt == CoreFixtures.start)
    #expect(
      outcome.summary == "cp-000000000001 cancelled: deregistered the pending AMI ami-00000000000000001 in eu-west-1")
    #expect(await rig.account.copiesMade == 0)
    #expect(try await rig.copier.cancel(record.id) == .alreadyEnded(cancelled))
  }

  @Test func aCancelledAMICopyListsNoPendingSnapshots() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    rig.time.advance(by: .seconds(24))
    _ = try await rig.poller.pollOnce()
    let polled = try #require(try await rig.journal.record(record.id))
    #expect(polled.snapshots.count == 2)
    #expect(polled.snapshots.allSatisfy { $0.state == .pending && $0.progress == 4 })

    let cancelled = try await rig.copier.cancel(record.id).record
    #expect(cancelled.phase == .cancelled)
    #expect(cancelled.snapshots.isEmpty)
    #expect(try await rig.journal.record(record.id) == cancelled)
  }

  @Test func aCopyThatFinishedMeanwhileIsKeptNotDeregistered() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    // The copy ends after the operator looked at it and before the cancel reaches EC2.
    rig.time.advance(by: .seconds(601))
    let outcome = try await rig.copier.cancel(record.id)
    guard case .alreadyEnded(let ended) = outcome else { Issue.record("\(outcome)"); return }
    #expect(ended.phase == .available)
    #expect(outcome.stoppedTheCopy == false)
    #expect(await rig.account.copiesMade == 1)
    #expect(await rig.account.calls("DescribeImages").count == 1)
  }

  @Test func aCopyNeverSentIsWithdrawnAndNeverSent() async throws {
    let rig = CoreFixtures.Rig()
    let prepared = try await rig.admit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let outcome = try await rig.copier.cancel(prepared.id)
    #expect(outcome == .withdrawn(outcome.record))
    #expect(outcome.record.phase == .cancelled)
    #expect(outcome.summary == "cp-000000000001 cancelled before it was sent: it will not be sent")
    #expect(try await rig.copier.send(prepared.id).phase == .cancelled)
    #expect(await rig.account.log == [])
  }

  @Test func aFreshUnansweredSendIsNotNamedYetAndNothingIsDone() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(network, afterCreating: true)
    let prepared = try await rig.admit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: network) { try await rig.copier.send(prepared.id) }
    let outcome = try await rig.copier.cancel(prepared.id)
    #expect(outcome == .notNamedYet(outcome.record))
    #expect(outcome.record.phase == .sending)
    #expect(await rig.account.copiesMade == 1)
    #expect(await rig.account.calls("CopyImage").count == 1)
  }

  @Test func aStaleUnansweredSendIsAskedAgainThenCancelled() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(network, afterCreating: true)
    let prepared = try await rig.admit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: network) { try await rig.copier.send(prepared.id) }
    rig.time.advance(by: .seconds(121))
    let outcome = try await rig.copier.cancel(prepared.id)
    guard case .cancelled(let cancelled) = outcome else { Issue.record("\(outcome)"); return }
    // The same ClientToken named the copy the lost answer had made; that one is deregistered.
    #expect(cancelled.resourceId == "ami-00000000000000001")
    #expect(await rig.account.calls("CopyImage").count == 2)
    #expect(await rig.account.copiesMade == 0)
  }

  @Test func aFailedCheckCancelsNothing() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let throttled = AWSError(kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")
    await rig.account.queueDescribeFault(throttled)
    await #expect(throws: throttled) { try await rig.copier.cancel(record.id) }
    #expect(try await rig.journal.record(record.id)?.phase == .submitted)
    #expect(await rig.account.copiesMade == 1)
  }

  @Test func anUnknownIdThrows() async throws {
    let rig = CoreFixtures.Rig()
    await #expect(throws: JournalError.unknownRecord("cp-nothing")) { try await rig.copier.cancel("cp-nothing") }
  }
}
