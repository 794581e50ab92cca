import FerryCloud
import Foundation
import Sandbox
import Testing

// MARK: - DescribeKey

@Test func aKeyIsFoundByIdAliasKeyArnAndAliasArn() async throws {
  let sandbox = memorySandbox(TestClock())
  let key = try await sandbox.describeKey("alias/prod", in: "eu-west-1")
  let aliasArn = "arn:aws:kms:eu-west-1:123456789012:alias/prod"
  for reference in [key.keyId, key.arn, aliasArn] {
    #expect(try await sandbox.describeKey(reference, in: "eu-west-1") == key)
  }
  #expect(key.aliases == ["alias/prod"] && key.isSymmetric && key.isEnabled)
}

@Test(arguments: [
  ("alias/nope", "Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found."),
  (
    "arn:aws:kms:us-east-1:123456789012:alias/nope", "Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found."
  ),
  (
    "1234abcd-12ab-34cd-56ef-1234567890ab",
    "Key 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist"
  ),
  ("not a key", "Invalid keyId 'not a key'"),
])
func unknownKeysAreNotFound(reference: String, message: String) async {
  let error = await awsError { _ = try await memorySandbox(TestClock()).describeKey(reference, in: "us-east-1") }
  #expect(error?.code == "NotFoundException")
  #expect(error?.message == message)
}

@Test func aKeyOfAnotherRegionIsNotFoundHere() async throws {
  let sandbox = memorySandbox(TestClock())
  let east = try await sandbox.describeKey("alias/prod", in: "us-east-1")
  let error = await awsError { _ = try await sandbox.describeKey(east.arn, in: "us-west-2") }
  #expect(error?.code == "NotFoundException")
}

@Test func thePartnersKeyIsDeniedNotMissing() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).describeKey("alias/partner-share", in: "us-east-1")
  }
  #expect(error?.code == "NotFoundException")
  let arn = "arn:aws:kms:us-east-1:210987654321:key/"
  let byArn = await awsError {
    let sandbox = memorySandbox(TestClock())
    let snapshot = try await sandbox.snapshot(SandboxSeed.sharedEncryptedSnapshot, in: "us-east-1")
    _ = try await sandbox.describeKey(snapshot?.kmsKeyId ?? arn, in: "us-east-1")
  }
  #expect(byArn?.code == "AccessDeniedException")
}

@Test func aKeyScheduledForDeletionIsDescribedWithItsState() async throws {
  // The preflight's way of seeing the copy fail before it starts: the key the account lost.
  let sandbox = memorySandbox(TestClock())
  let snapshot = try #require(try await sandbox.snapshot(SandboxSeed.inaccessibleKeySnapshot, in: "us-east-1"))
  for reference in ["alias/legacy-vault", snapshot.kmsKeyId ?? "missing"] {
    let key = try await sandbox.describeKey(reference, in: "us-east-1")
    #expect(key.keyState == "PendingDeletion" && !key.isEnabled, "\(reference)")
  }
}
