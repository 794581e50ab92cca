import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

// MARK: - Destinations

@Test func aSnapshotCopyToAnOutpostEndsCompletedAndEncrypted() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let call = copySnapshotCall(to: "us-east-1", extra: ["DestinationOutpostArn": .string(SandboxSeed.outpostUSEast1)])
  let outcome = try await sandbox.copy(call)
  let started = try #require(try await sandbox.snapshot(outcome.resourceId, in: "us-east-1"))
  #expect(started.state == .pending && started.progress == 0)
  #expect(started.outpostArn == SandboxSeed.outpostUSEast1)
  #expect(
    started.description == "[Copied \(SandboxSeed.backupSnapshot) from us-east-1] Nightly backup of web-01 root volume")
  #expect(started.volumeId == "vol-ffffffff" && started.volumeSize == 8)

  clock.advance(21.2)
  let done = try #require(try await sandbox.snapshot(outcome.resourceId, in: "us-east-1"))
  #expect(done.state == .completed && done.progress == 100)
  #expect(done.encrypted)
  #expect(done.kmsKeyId == (try await sandbox.describeKey("alias/aws/ebs", in: "us-east-1")).arn)
}

@Test func aSnapshotCopyToAnotherRegionKeepsItsDescriptionAndTags() async throws {
  let sandbox = memorySandbox(TestClock())
  let call = copySnapshotCall(
    to: "eu-central-1",
    extra: [
      "Description": .string("DR copy of web-01"),
      "TagSpecifications": .list([tagSpecification("snapshot", [("purpose", "dr")])]),
    ])
  let outcome = try await sandbox.copy(call)
  let snapshot = try #require(try await sandbox.snapshot(outcome.resourceId, in: "eu-central-1"))
  #expect(snapshot.description == "DR copy of web-01")
  #expect(snapshot.tags == [Tag(key: "purpose", value: "dr")])
  #expect(!snapshot.encrypted && snapshot.kmsKeyId == nil)
}

@Test func timeBasedCopiesTakeTheirDurationScaledDownSixtyTimes() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let call = copySnapshotCall(to: "us-west-2", extra: ["CompletionDurationMinutes": .integer(60)])
  let outcome = try await sandbox.copy(call)
  clock.advance(45)
  #expect(try await sandbox.snapshot(outcome.resourceId, in: "us-west-2")?.progress == 75)
  clock.advance(15)
  #expect(try await sandbox.snapshot(outcome.resourceId, in: "us-west-2")?.state == .completed)
}

// MARK: - Keys that stop a copy

@Test func aCopyOfASnapshotWhoseKeyIsNotAccessibleFailsAfterSomeProgress() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let outcome = try await sandbox.copy(copySnapshotCall(to: "us-west-2", source: SandboxSeed.inaccessibleKeySnapshot))
  clock.advance(2)
  let early = try #require(try await sandbox.snapshot(outcome.resourceId, in: "us-west-2"))
  #expect(early.state == .pending && early.stateMessage == nil)
  clock.advance(60)
  let failed = try #require(try await sandbox.snapshot(outcome.resourceId, in: "us-west-2"))
  #expect(failed.state == .error)
  #expect(failed.stateMessage == "Given key ID is not accessible")
  #expect(failed.progress == 15)
}

@Test func anImageCopyWithAnInaccessibleKeyFails() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let call = copyImageCall(to: "us-east-1", source: SandboxSeed.sharedEncryptedImage, name: "gateway-copy")
  let outcome = try await sandbox.copy(call)
  #expect(try await sandbox.image(outcome.resourceId, in: "us-east-1")?.state == .pending)
  clock.advance(30)
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "us-east-1"))
  #expect(image.state == .failed)
  #expect(image.stateReason == "Given key ID is not accessible")
}

@Test(arguments: [
  ("alias/signing-rsa", "is asymmetric (RSA_2048); Amazon EBS supports only symmetric encryption KMS keys."),
  ("alias/retired-2023", "is disabled; enable it or choose another key."),
  ("alias/does-not-exist", nil),
])
func aDestinationKeyEBSCannotUseFailsTheCopy(key: String, messageEnd: String?) async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let call = copySnapshotCall(to: "us-east-1", extra: ["Encrypted": .boolean(true), "KmsKeyId": .string(key)])
  let outcome = try await sandbox.copy(call)
  clock.advance(90)
  let snapshot = try #require(try await sandbox.snapshot(outcome.resourceId, in: "us-east-1"))
  #expect(snapshot.state == .error)
  if let messageEnd {
    let arn = try await sandbox.describeKey(key, in: "us-east-1").arn
    #expect(snapshot.stateMessage == "The KMS key \(arn) \(messageEnd)")
  } else {
    #expect(snapshot.stateMessage == "Given key ID is not accessible")
  }
}

// MARK: - DryRun

@Test func aDryRunThatWouldSucceedAnswersDryRunOperationAndCopiesNothing() async throws {
  let sandbox = memorySandbox(TestClock())
  let before = try await sandbox.snapshots(in: "eu-west-1", query: SnapshotQuery(), nextToken: nil).items.count
  let error = await awsError {
    _ = try await sandbox.copy(copySnapshotCall(to: "eu-west-1", extra: ["DryRun": .boolean(true)]))
  }
  #expect(error?.code == "DryRunOperation")
  #expect(error?.isDryRunSuccess == true)
  #expect(try await sandbox.snapshots(in: "eu-west-1", query: SnapshotQuery(), nextToken: nil).items.count == before)
}

@Test func aDryRunThatWouldFailAnswersTheFailure() async {
  let call = copySnapshotCall(to: "eu-west-1", source: "snap-0000000000000dead", extra: ["DryRun": .boolean(true)])
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "InvalidSnapshot.NotFound")
}

// MARK: - Sources

@Test func aSourceMustBeInItsSourceRegion() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).copy(copySnapshotCall(to: "us-east-1", sourceRegion: "us-west-2"))
  }
  #expect(error?.code == "InvalidSnapshot.NotFound")
  #expect(error?.message == "The snapshot '\(SandboxSeed.backupSnapshot)' does not exist.")
}

@Test func aPendingCopyCannotBeCopiedYet() async throws {
  let sandbox = memorySandbox(TestClock())
  let first = try await sandbox.copy(copySnapshotCall(to: "us-east-1"))
  let error = await awsError { _ = try await sandbox.copy(copySnapshotCall(to: "us-west-2", source: first.resourceId)) }
  #expect(error?.code == "IncorrectState")
}

@Test func callsToARegionThatIsNotEnabledFail() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).copy(copySnapshotCall(to: SandboxSeed.regionNotEnabled))
  }
  #expect(error?.code == "AuthFailure")
}

@Test func anUnknownSourceRegionIsABadValue() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).copy(copySnapshotCall(to: "us-east-1", sourceRegion: "us-nowhere-1"))
  }
  #expect(error?.code == "InvalidParameterValue")
  #expect(error?.message == "Value (us-nowhere-1) for parameter SourceRegion is invalid.")
}
