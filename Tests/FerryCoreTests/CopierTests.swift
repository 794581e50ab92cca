import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@Suite struct CopierTests {
  private let network = AWSError(kind: .network, code: "NetworkError", message: "The connection was reset")

  // MARK: - Planning

  @Test func anInvalidRequestSendsNothingAndJournalsNothing() async throws {
    let rig = CoreFixtures.Rig()
    var request = CoreFixtures.imageCopy(to: "eu-west-1")
    request.name = nil
    let refused = await #expect(throws: CopyRefused.self) {
      try await rig.copier.submit(request, catalog: CoreFixtures.catalog)
    }
    #expect(refused?.errors.map(\.field) == ["name"])
    #expect(await rig.account.log == [])
    #expect(await rig.journal.records() == [])
  }

  @Test func aGeneratedTokenIsJournalledAndSent() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    #expect(record.id == "cp-000000000001")
    #expect(record.clientToken == "token-1")
    #expect(record.call.parameters["ClientToken"] == .string("token-1"))
    #expect(record.phase == .submitted)
    #expect(record.resourceId == "ami-00000000000000001")
    #expect(record.destination == "Region eu-west-1")
    #expect(record.sourceRegion == "us-east-1")
    #expect(record.submittedAt == CoreFixtures.start)
  }

  @Test func theRequestsOwnTokenIsKept() async throws {
    let rig = CoreFixtures.Rig()
    let request = CoreFixtures.imageCopy(to: "eu-west-1", token: "runbook-7f3a")
    let record = try await rig.copier.submit(request, catalog: CoreFixtures.catalog)
    #expect(record.clientToken == "runbook-7f3a")
    #expect(record.call.parameters["ClientToken"] == .string("runbook-7f3a"))
  }

  @Test func aTokenAlreadyJournalledReusesItsRecord() async throws {
    let rig = CoreFixtures.Rig()
    let request = CoreFixtures.imageCopy(to: "eu-west-1", token: "runbook-7f3a")
    let first = try await rig.copier.submit(request, catalog: CoreFixtures.catalog)
    let second = try await rig.copier.submit(request, catalog: CoreFixtures.catalog)
    #expect(second == first)
    #expect(await rig.journal.records().count == 1)
    #expect(await rig.account.calls("CopyImage").count == 1)
  }

  // MARK: - Write before send

  @Test func theRecordIsSendingBeforeTheRequestLeaves() async throws {
    let rig = CoreFixtures.Rig()
    let seen = Seen()
    let journal = rig.journal
    await rig.account.setBeforeCopy { call in
      let records = await journal.records()
      seen.set(
        records.map { "\($0.phase.rawValue) \($0.clientToken)" } + [call.parameters["ClientToken"].debugDescription])
    }
    _ = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    #expect(seen.value == ["sending token-1", "Optional(FerryRules.APIValue.string(\"token-1\"))"])
  }

  // MARK: - Unknown outcomes

  @Test func anImageCopyWithAnUnknownOutcomeIsResentWithTheSameToken() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(network, afterCreating: true)
    let prepared = try await rig.admit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: network) { try await rig.copier.send(prepared.id) }
    #expect(try await rig.journal.record(prepared.id)?.phase == .sending)

    // Fresh: another process may be waiting for this very answer, so it is left alone.
    #expect(try await rig.copier.resumeUnsent() == [])
    rig.time.advance(by: .seconds(300))
    let resent = try await rig.copier.resumeUnsent()
    #expect(resent.map(\.phase) == [.submitted])
    #expect(resent.first?.sendCount == 2)
    #expect(resent.first?.lastError?.code == "NetworkError")
    #expect(await rig.account.calls("CopyImage").count == 2)
    #expect(await rig.account.copiesMade == 1)
  }

  @Test func aSnapshotCopyWithAnUnknownOutcomeIsFoundByItsTagNotCopiedAgain() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(network, afterCreating: true)
    let prepared = try await rig.admit(
      CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: network) { try await rig.copier.send(prepared.id) }

    let record = try await rig.copier.send(prepared.id)
    #expect(record.phase == .submitted)
    #expect(record.resourceId == "snap-00000000000000001")
    #expect(await rig.account.calls("CopySnapshot").count == 1)
    #expect(await rig.account.tags(of: "snap-00000000000000001") == [Tag(key: "ferry:client-token", value: "token-1")])
  }

  @Test func aSnapshotCopyThatNeverLeftIsSentAgain() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(network, afterCreating: false)
    let prepared = try await rig.admit(
      CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: network) { try await rig.copier.send(prepared.id) }
    let record = try await rig.copier.send(prepared.id)
    #expect(record.phase == .submitted)
    #expect(await rig.account.calls("CopySnapshot").count == 2)
    #expect(await rig.account.copiesMade == 1)
  }

  @Test func aSubmittedRecordIsNeverSentAgain() async throws {
    let rig = CoreFixtures.Rig()
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    #expect(try await rig.copier.send(record.id) == record)
    #expect(await rig.account.calls("CopyImage").count == 1)
  }

  // MARK: - Answers

  @Test func aPassedDryRunIsRecordedAsSuchNotAsACopy() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(
      AWSError(
        kind: .service, code: "DryRunOperation", message: "Request would have succeeded, but DryRun flag is set."),
      afterCreating: false)
    let record = try await rig.copier.submit(
      CoreFixtures.imageCopy(to: "eu-west-1", dryRun: true), catalog: CoreFixtures.catalog)
    #expect(record.phase == .dryRunSucceeded)
    #expect(record.resourceId == nil)
    #expect(record.finishedAt == CoreFixtures.start)
  }

  @Test func aRefusalIsFinalWithTheReason() async throws {
    let rig = CoreFixtures.Rig()
    await rig.account.queueCopyFault(
      AWSError(
        kind: .service, code: "InvalidAMIID.NotFound", message: "The image id '[ami-0123456789abcdef0]' does not exist"),
      afterCreating: false)
    let record = try await rig.copier.submit(CoreFixtures.imageCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    #expect(record.phase == .rejected)
    #expect(record.reason == "The image id '[ami-0123456789abcdef0]' does not exist (InvalidAMIID.NotFound)")
    #expect(record.lastError?.code == "InvalidAMIID.NotFound")
  }

  @Test func aLimitAnswerPutsTheRecordBackToPlanned() async throws {
    let rig = CoreFixtures.Rig()
    let limit = AWSError(
      kind: .service, code: "ResourceLimitExceeded", message: "Too many snapshot copies in progress.")
    await rig.account.queueCopyFault(limit, afterCreating: false)
    let prepared = try await rig.admit(
      CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    await #expect(throws: limit) { try await rig.copier.send(prepared.id) }
    #expect(try await rig.journal.record(prepared.id)?.phase == .planned)
  }

  /// The client already retried as the SDKs do; EC2 made nothing, so the record says so and ends.
  @Test func throttlingBeyondTheRetriesRejectsTheCopyAndCreatesNothing() async throws {
    let rig = CoreFixtures.Rig()
    let throttled = AWSError(
      kind: .throttling, code: "RequestLimitExceeded", message: "AWS is throttling CopySnapshot", httpStatus: 503)
    await rig.account.queueCopyFault(throttled, afterCreating: false)
    let prepared = try await rig.admit(
      CoreFixtures.snapshotCopy(to: "eu-west-1"), catalog: CoreFixtures.catalog)
    let record = try await rig.copier.send(prepared.id)
    #expect(record.phase == .rejected)
    #expect(record.resourceId == nil)
    #expect(record.lastError?.code == "RequestLimitExceeded")
    #expect(try await rig.copier.send(prepared.id).sendCount == 1, "a rejected copy is never sent again")
  }
}

/// A value a test hook sets from another task.
private final class Seen: @unchecked Sendable {
  // @unchecked: `stored` is guarded by `lock`.
  private let lock = NSLock()
  private var stored: [String] = []
  var value: [String] { lock.withLock { stored } }
  func set(_ value: [String]) { lock.withLock { stored = value } }
}
