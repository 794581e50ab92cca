import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

// MARK: - Region to Region

@Test func anImageCopyToAnotherRegionProgressesThenBecomesAvailable() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let outcome = try await sandbox.copy(copyImageCall(to: "eu-west-1"))
  #expect(outcome.resourceId.hasPrefix("ami-0") && outcome.resourceId.count == 21)

  let pending = try #require(try await sandbox.image(outcome.resourceId, in: "eu-west-1"))
  #expect(pending.state == .pending)
  #expect(pending.name == "web-server-copy")
  #expect(pending.sourceImageId == SandboxSeed.webServerImage && pending.sourceRegion == "us-east-1")
  #expect(pending.ownerId == SandboxSeed.accountId && pending.region == "eu-west-1")
  let snapshotId = try #require(pending.blockDevices.first?.snapshotId)
  #expect(snapshotId != "snap-0b9a7c3e5d2f40001")

  // 8 GiB: 20 s + 8 × 0.15 s = 21.2 s.
  clock.advance(10.6)
  let halfway = try #require(try await sandbox.snapshot(snapshotId, in: "eu-west-1"))
  #expect(halfway.state == .pending && halfway.progress == 50)
  #expect(
    halfway.description?.hasPrefix(
      "Copied for DestinationAmi \(outcome.resourceId) from SourceAmi \(SandboxSeed.webServerImage) for SourceSnapshot snap-0b9a7c3e5d2f40001. Task created on "
    ) == true)

  clock.advance(11)
  #expect(try await sandbox.snapshot(snapshotId, in: "eu-west-1")?.state == .completed)
  // Registration follows the last snapshot by a few seconds.
  #expect(try await sandbox.image(outcome.resourceId, in: "eu-west-1")?.state == .pending)
  clock.advance(3)
  #expect(try await sandbox.image(outcome.resourceId, in: "eu-west-1")?.state == .available)
}

@Test func eachSnapshotOfAnImageCopyHasItsOwnProgress() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let outcome = try await sandbox.copy(
    copyImageCall(to: "us-west-2", source: SandboxSeed.encryptedImage, name: "api-copy"))
  clock.advance(21)
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "us-west-2"))
  var progress: [Int?] = []
  for device in image.blockDevices {
    progress.append(try await sandbox.snapshot(device.snapshotId ?? "", in: "us-west-2")?.progress)
  }
  // 16 GiB takes 22.4 s, 100 GiB 35 s.
  #expect(progress == [93, 60])
  #expect(image.state == .pending)
}

@Test func anEncryptedSourceIsCopiedWithTheDestinationsDefaultKey() async throws {
  let sandbox = memorySandbox(TestClock())
  let outcome = try await sandbox.copy(
    copyImageCall(to: "eu-west-1", source: SandboxSeed.encryptedImage, name: "api-copy"))
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "eu-west-1"))
  let defaultKey = try await sandbox.describeKey("alias/aws/ebs", in: "eu-west-1")
  #expect(image.blockDevices.map(\.kmsKeyId) == [defaultKey.arn, defaultKey.arn])
  #expect(image.blockDevices.map(\.encrypted) == [true, true])
}

@Test func encryptedWithAKeyUsesThatKey() async throws {
  let sandbox = memorySandbox(TestClock())
  let outcome = try await sandbox.copy(
    copyImageCall(
      to: "eu-west-1", extra: ["Encrypted": .boolean(true), "KmsKeyId": .string("alias/backup")]))
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "eu-west-1"))
  #expect(image.blockDevices.first?.kmsKeyId == (try await sandbox.describeKey("alias/backup", in: "eu-west-1")).arn)
}

// MARK: - Local Zones

@Test func anImageCopyToALocalZoneOfItsRegionIsListedInThatZone() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let call = copyImageCall(
    to: "us-east-1", name: "web-server-bos", extra: ["DestinationAvailabilityZone": .string(SandboxSeed.localZone)])
  let outcome = try await sandbox.copy(call)
  clock.advance(30)
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "us-east-1"))
  #expect(image.state == .available)
  #expect(image.localZoneName == SandboxSeed.localZone)
  // The Boston zone keeps the source's (unencrypted) state.
  #expect(!image.isEncrypted)
  let snapshot = try #require(try await sandbox.snapshot(image.blockDevices.first?.snapshotId ?? "", in: "us-east-1"))
  #expect(snapshot.availabilityZone == SandboxSeed.localZone && snapshot.state == .completed)
}

@Test func aLocalZoneThatRequiresEncryptionEncryptsTheCopy() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let webWest = "ami-0c7e5d1a9b3f20021"
  let call = copyImageCall(
    to: "us-west-2", source: webWest, sourceRegion: "us-west-2", name: "web-lax",
    extra: ["DestinationAvailabilityZoneId": .string("usw2-lax1-az2")])
  let outcome = try await sandbox.copy(call)
  clock.advance(30)
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "us-west-2"))
  #expect(image.localZoneName == "us-west-2-lax-1b")
  #expect(image.isEncrypted)
  #expect(image.blockDevices.first?.kmsKeyId == (try await sandbox.describeKey("alias/aws/ebs", in: "us-west-2")).arn)
}

@Test func aLocalZoneOutsideTheEndpointsRegionIsRefused() async {
  // The route is valid (us-west-2 to its own Local Zone) but the call went to us-east-1's endpoint.
  let call = copyImageCall(
    to: "us-east-1", source: "ami-0c7e5d1a9b3f20021", sourceRegion: "us-west-2",
    extra: ["DestinationAvailabilityZone": .string("us-west-2-lax-1a")])
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "InvalidParameterValue")
  #expect(error?.message == "Invalid availability zone: [us-west-2-lax-1a]")
}

// MARK: - Tags

@Test func copyImageTagsCopiesUserTagsAndTagSpecificationsAdd() async throws {
  let sandbox = memorySandbox(TestClock())
  let call = copyImageCall(
    to: "eu-west-1", source: "ami-0c7e5d1a9b3f2000b", name: "golden-copy",
    extra: [
      "CopyImageTags": .boolean(true),
      "TagSpecifications": .list([
        tagSpecification("image", [("env", "dr"), ("team", "platform-eu")]),
        tagSpecification("snapshot", [("copied-by", "ferry")]),
      ]),
    ])
  let outcome = try await sandbox.copy(call)
  let image = try #require(try await sandbox.image(outcome.resourceId, in: "eu-west-1"))
  #expect(image.tags.map(\.key) == ["Name", "cis", "cost-center", "os", "owner", "env", "team"])
  #expect(image.tags.first { $0.key == "team" }?.value == "platform-eu")
  #expect(!image.tags.contains { $0.key.hasPrefix("aws:") })
  let snapshot = try #require(try await sandbox.snapshot(image.blockDevices.first?.snapshotId ?? "", in: "eu-west-1"))
  #expect(snapshot.tags == [Tag(key: "copied-by", value: "ferry")])
}

@Test func tagsOfAnotherAccountsImageAreNotCopied() async throws {
  let sandbox = memorySandbox(TestClock())
  let call = copyImageCall(
    to: "us-west-2", source: SandboxSeed.sharedImage, name: "partner-copy", extra: ["CopyImageTags": .boolean(true)])
  let outcome = try await sandbox.copy(call)
  #expect(try await sandbox.image(outcome.resourceId, in: "us-west-2")?.tags == [])
}

@Test func aTagSpecificationForAnotherResourceTypeIsRefused() async {
  let call = copyImageCall(
    to: "eu-west-1", extra: ["TagSpecifications": .list([tagSpecification("volume", [("a", "b")])])])
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "InvalidParameterValue")
}

// MARK: - Sources the account cannot copy

@Test(arguments: [
  (SandboxSeed.marketplaceImage, "InvalidRequest"),
  (SandboxSeed.sharedWithoutStorageImage, "InvalidRequest"),
  ("ami-0c7e5d1a9b3f2000c", "IncorrectState"),
  ("ami-0000000000000dead", "InvalidAMIID.NotFound"),
  ("i-0123", "InvalidAMIID.Malformed"),
])
func sourcesThatCannotBeCopied(source: String, code: String) async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).copy(copyImageCall(to: "eu-west-1", source: source))
  }
  #expect(error?.code == code)
}

@Test func theNameMustBeFreeInTheDestinationRegion() async {
  let call = copyImageCall(to: "us-west-2", name: "web-server-2026-11-20")
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "InvalidAMIName.Duplicate")
  #expect(error?.message == "AMI name web-server-2026-11-20 is already in use by AMI ami-0c7e5d1a9b3f20021")
}

@Test func parametersAreReadAsEC2ReadsThem() async {
  let sandbox = memorySandbox(TestClock())
  var call = copyImageCall(to: "eu-west-1")
  call.parameters["Colour"] = .string("blue")
  #expect(await awsError { _ = try await sandbox.copy(call) }?.code == "UnknownParameter")
  call = copyImageCall(to: "eu-west-1")
  call.parameters["Name"] = nil
  let missing = await awsError { _ = try await sandbox.copy(call) }
  #expect(missing?.code == "MissingParameter")
  #expect(missing?.message == "The request must contain the parameter Name")
}
