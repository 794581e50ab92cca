import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

// MARK: - Places

@Test func identityIsTheSandboxAccount() async throws {
  let identity = try await memorySandbox(TestClock()).identity()
  #expect(
    identity
      == AccountIdentity(
        accountId: "123456789012", partition: "aws", profile: "sandbox", region: "us-east-1", isSandbox: true))
}

@Test(arguments: [
  ("us-east-1", ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "af-south-1", "me-south-1"]),
  ("cn-north-1", ["cn-north-1", "cn-northwest-1"]),
])
func regionsAreThoseOfTheEndpointsPartition(endpoint: String, expected: [String]) async throws {
  let regions = try await memorySandbox(TestClock()).regions(from: endpoint)
  #expect(regions.map(\.name) == expected)
}

@Test func optInStatusesAreReported() async throws {
  let regions = try await memorySandbox(TestClock()).regions(from: "us-east-1")
  #expect(regions.first { $0.name == "me-south-1" }?.optIn == .notOptedIn)
  #expect(regions.first { $0.name == "af-south-1" }?.optIn == .optedIn)
  #expect(regions.first { $0.name == "us-east-1" }?.optIn == .notRequired)
}

@Test func localZonesComeInGroupsWithTheirParents() async throws {
  let zones = try await memorySandbox(TestClock()).zones(in: "us-west-2")
  let local = zones.filter { $0.kind == .localZone }
  #expect(local.map(\.name) == ["us-west-2-lax-1a", "us-west-2-lax-1b", "us-west-2-den-1a"])
  #expect(local.map(\.group) == ["us-west-2-lax-1", "us-west-2-lax-1", "us-west-2-den-1"])
  #expect(local.map(\.requiresEncryptedSnapshots) == [true, true, false])
  #expect(zones.filter { $0.kind == .availabilityZone }.map(\.id) == ["usw2-az1", "usw2-az2", "usw2-az3"])
}

@Test func oneLocalZoneIsNotOptedIn() async throws {
  let zones = try await memorySandbox(TestClock()).zones(in: "us-east-1")
  let notOptedIn = zones.filter { $0.kind == .localZone && $0.optIn == .notOptedIn }.map(\.name)
  #expect(notOptedIn == [SandboxSeed.localZoneNotOptedIn])
}

@Test func outpostsBelongToTheSandboxAccount() async throws {
  let sandbox = memorySandbox(TestClock())
  let east = try await sandbox.outposts(in: "us-east-1")
  let west = try await sandbox.outposts(in: "us-west-2")
  #expect(east.map(\.arn) == [SandboxSeed.outpostUSEast1])
  #expect(west.map(\.arn) == [SandboxSeed.outpostUSWest2])
  #expect((east + west).allSatisfy { $0.account == "123456789012" })
  #expect(try await sandbox.outposts(in: "eu-west-1").isEmpty)
}

@Test func aRegionThatIsNotEnabledRefusesCalls() async {
  let error = await awsError { _ = try await memorySandbox(TestClock()).zones(in: SandboxSeed.regionNotEnabled) }
  #expect(error?.code == "AuthFailure")
  let unknown = await awsError { _ = try await memorySandbox(TestClock()).zones(in: "xx-nowhere-9") }
  #expect(unknown?.code == "EndpointConnectionError")
}

// MARK: - Keys

@Test func keysOfUSEast1IncludeTheAsymmetricAndDisabledOnes() async throws {
  let keys = try await memorySandbox(TestClock()).kmsKeys(in: "us-east-1")
  #expect(
    keys.map { $0.aliases.first ?? "" } == [
      "alias/aws/ebs", "alias/prod", "alias/backup", "alias/signing-rsa", "alias/retired-2023", "alias/legacy-vault",
    ])
  #expect(keys.first { $0.aliases == ["alias/signing-rsa"] }?.isSymmetric == false)
  #expect(keys.first { $0.aliases == ["alias/retired-2023"] }?.isEnabled == false)
  #expect(keys.first { $0.aliases == ["alias/aws/ebs"] }?.keyManager == "AWS")
  #expect(keys.allSatisfy { $0.arn.hasPrefix("arn:aws:kms:us-east-1:123456789012:key/") })
}

@Test func chinaKeysUseTheChinaPartitionsArns() async throws {
  let keys = try await memorySandbox(TestClock()).kmsKeys(in: "cn-north-1")
  #expect(keys.count == 3)
  #expect(keys.allSatisfy { $0.arn.hasPrefix("arn:aws-cn:kms:cn-north-1:123456789012:key/") })
}

// MARK: - Images and snapshots

@Test func sharedAndPublicImagesAreSeeded() async throws {
  let sandbox = memorySandbox(TestClock())
  let shared = try await sandbox.allImages(in: "us-east-1", query: ImageQuery(owners: [SandboxSeed.partnerAccountId]))
  #expect(
    shared.map(\.id) == [
      SandboxSeed.sharedWithoutStorageImage, SandboxSeed.sharedImage, SandboxSeed.sharedEncryptedImage,
    ])
  let marketplace = try await sandbox.allImages(in: "us-east-1", query: ImageQuery(owners: ["aws-marketplace"]))
  #expect(marketplace.map(\.id) == [SandboxSeed.marketplaceImage])
  #expect(marketplace.first?.isPublic == true)
}

@Test func theNamedSeedResourcesAreWhereTheirNamesSay() async throws {
  let sandbox = memorySandbox(TestClock())
  let local = try #require(try await sandbox.image(SandboxSeed.localZoneImage, in: "us-east-1"))
  #expect(local.localZoneName == SandboxSeed.localZone)
  let outpost = try #require(try await sandbox.image(SandboxSeed.outpostImage, in: "us-east-1"))
  #expect(outpost.outpostArn == SandboxSeed.outpostUSEast1)
  #expect(outpost.isEncrypted)
  let web = try #require(try await sandbox.image(SandboxSeed.webServerImage, in: "us-east-1"))
  #expect(web.state == .available && !web.isEncrypted && web.blockDevices.map(\.volumeSize) == [8])
  let vault = try #require(try await sandbox.snapshot(SandboxSeed.inaccessibleKeySnapshot, in: "us-east-1"))
  let vaultKey = try #require(
    try await sandbox.kmsKeys(in: "us-east-1").first { $0.aliases.contains("alias/legacy-vault") })
  #expect(vault.encrypted && vault.kmsKeyId == vaultKey.arn)
  let china = try #require(try await sandbox.image(SandboxSeed.chinaImage, in: "cn-north-1"))
  #expect(china.name == "cn-web-server-2026-11-20")
}

@Test func everyEncryptedSeedSnapshotNamesAKey() async throws {
  let sandbox = memorySandbox(TestClock())
  for region in ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "cn-north-1", "cn-northwest-1"] {
    let snapshots = try await sandbox.snapshots(in: region, query: SnapshotQuery(), nextToken: nil).items
    for snapshot in snapshots where snapshot.encrypted {
      #expect(snapshot.kmsKeyId?.contains(":kms:\(region):") == true, "\(snapshot.id)")
    }
  }
}

@Test func theSeedHasEnoughForTheLists() async throws {
  let sandbox = memorySandbox(TestClock())
  var images = 0
  var snapshots = 0
  for region in ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "af-south-1"] {
    images += try await sandbox.allImages(in: region, query: ImageQuery()).count
    snapshots += try await sandbox.snapshots(in: region, query: SnapshotQuery(), nextToken: nil).items.count
  }
  #expect(images == 28)
  #expect(snapshots == 41)
}
