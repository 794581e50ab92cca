import FerryCloud
import Foundation
import Sandbox
import Testing

// MARK: - Owners and sharing

@Test func ownersSelfListsOnlyTheAccountsOwnImages() async throws {
  let images = try await memorySandbox(TestClock()).allImages(in: "us-east-1", query: ImageQuery(owners: ["self"]))
  #expect(images.count == 12)
  #expect(images.allSatisfy { $0.ownerId == SandboxSeed.accountId })
  #expect(images.first?.name == "legacy-billing-2024-03-02")
}

@Test func executableBySelfAddsImagesSharedWithTheAccount() async throws {
  let images = try await memorySandbox(TestClock())
    .allImages(in: "us-east-1", query: ImageQuery(executableBy: ["self"]))
  #expect(images.count == 15)
  #expect(images.filter { $0.ownerId == SandboxSeed.partnerAccountId }.count == 3)
  #expect(!images.contains { $0.isPublic })
}

@Test func ownersAliasAmazonFindsThePublicAmazonLinuxImage() async throws {
  let images = try await memorySandbox(TestClock()).allImages(in: "us-east-1", query: ImageQuery(owners: ["amazon"]))
  #expect(images.map(\.name) == ["al2023-ami-2023.6.20261118.0-kernel-6.1-x86_64"])
}

@Test func snapshotsRestorableBySelfIncludeSharedOnes() async throws {
  let page = try await memorySandbox(TestClock()).snapshots(
    in: "us-east-1",
    query: SnapshotQuery(
      restorableBy: ["self"], filters: [Filter(name: "owner-id", values: [SandboxSeed.partnerAccountId])]),
    nextToken: nil)
  #expect(
    page.items.map(\.id).sorted()
      == [
        "snap-0b9a7c3e5d2f40021", "snap-0b9a7c3e5d2f40022", SandboxSeed.sharedEncryptedSnapshot,
        SandboxSeed.sharedSnapshot,
      ].sorted())
}

// MARK: - Filters

@Test(arguments: [
  (Filter(name: "name", values: ["web-server-*"]), ["ami-0c7e5d1a9b3f20002", SandboxSeed.webServerImage]),
  (Filter(name: "name", values: ["edge-cache-???-2026-11-10"]), [SandboxSeed.localZoneImage, "ami-0c7e5d1a9b3f20009"]),
  (Filter(name: "tag:team", values: ["data"]), ["ami-0c7e5d1a9b3f20004", "ami-0c7e5d1a9b3f20006"]),
  (Filter(name: "state", values: ["failed"]), ["ami-0c7e5d1a9b3f2000c"]),
  (Filter(name: "architecture", values: ["arm64"]), ["ami-0c7e5d1a9b3f20004"]),
  (
    Filter(name: "image-id", values: [SandboxSeed.outpostImage, "ami-0c7e5d1a9b3f20005"]),
    ["ami-0c7e5d1a9b3f20005", SandboxSeed.outpostImage]
  ),
  (Filter(name: "block-device-mapping.snapshot-id", values: ["snap-0b9a7c3e5d2f40004"]), [SandboxSeed.encryptedImage]),
])
func imageFilters(filter: Filter, expected: [String]) async throws {
  let images = try await memorySandbox(TestClock())
    .allImages(in: "us-east-1", query: ImageQuery(owners: ["self"], filters: [filter]))
  #expect(images.map(\.id).sorted() == expected.sorted())
}

@Test func filtersAreAndedAndTheirValuesOred() async throws {
  let query = ImageQuery(
    owners: ["self"],
    filters: [
      Filter(name: "tag:team", values: ["web", "data"]), Filter(name: "tag:site", values: ["mia"]),
    ])
  let images = try await memorySandbox(TestClock()).allImages(in: "us-east-1", query: query)
  #expect(images.map(\.id) == ["ami-0c7e5d1a9b3f20009"])
}

@Test func snapshotFilters() async throws {
  let sandbox = memorySandbox(TestClock())
  let encrypted = try await sandbox.snapshots(
    in: "us-east-1",
    query: SnapshotQuery(
      owners: ["self"],
      filters: [
        Filter(name: "encrypted", values: ["true"]), Filter(name: "description", values: ["*backup*"]),
      ]), nextToken: nil)
  #expect(encrypted.items.map(\.id) == [SandboxSeed.encryptedSnapshot])
  let outpost = try await sandbox.snapshots(
    in: "us-east-1", query: SnapshotQuery(filters: [Filter(name: "outpost-arn", values: [SandboxSeed.outpostUSEast1])]),
    nextToken: nil)
  #expect(outpost.items.map(\.id).sorted() == ["snap-0b9a7c3e5d2f40013", SandboxSeed.outpostSnapshot])
}

@Test func anUnknownFilterIsRefused() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).images(
      in: "us-east-1", query: ImageQuery(filters: [Filter(name: "colour", values: ["blue"])]), nextToken: nil)
  }
  #expect(error?.code == "InvalidParameterValue")
  #expect(error?.message == "The filter 'colour' is invalid")
}

// MARK: - Ids

@Test func unknownImageIdsAreNamedInTheError() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).images(
      in: "us-east-1", query: ImageQuery(imageIds: [SandboxSeed.webServerImage, "ami-0000000000000dead"]),
      nextToken: nil)
  }
  #expect(error?.code == "InvalidAMIID.NotFound")
  #expect(error?.message == "The image id '[ami-0000000000000dead]' does not exist")
}

@Test func anImageOfAnotherRegionIsNotFound() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).image(SandboxSeed.webServerImage, in: "eu-west-1")
  }
  #expect(error?.code == "InvalidAMIID.NotFound")
}

@Test func malformedIdsAreRefused() async {
  let sandbox = memorySandbox(TestClock())
  let image = await awsError { _ = try await sandbox.image("snap-123", in: "us-east-1") }
  #expect(image?.code == "InvalidAMIID.Malformed")
  let snapshot = await awsError { _ = try await sandbox.snapshot("ami-123", in: "us-east-1") }
  #expect(snapshot?.code == "InvalidParameterValue")
  let missing = await awsError { _ = try await sandbox.snapshot("snap-0000000000000dead", in: "us-east-1") }
  #expect(missing?.code == "InvalidSnapshot.NotFound")
  #expect(missing?.message == "The snapshot 'snap-0000000000000dead' does not exist.")
}

// MARK: - Paging

@Test func pagesOfFiveAddUpToTheWholeListing() async throws {
  let sandbox = memorySandbox(TestClock())
  let whole = try await sandbox.allImages(in: "us-east-1", query: ImageQuery())
  var token: String?
  var pages: [[String]] = []
  repeat {
    let page = try await sandbox.images(in: "us-east-1", query: ImageQuery(maxResults: 5), nextToken: token)
    pages.append(page.items.map(\.id))
    token = page.nextToken
  } while token != nil
  #expect(pages.map(\.count) == [5, 5, 5, 2])
  #expect(pages.flatMap { $0 } == whole.map(\.id))
}

@Test func snapshotPagesAddUpToTheWholeListing() async throws {
  let sandbox = memorySandbox(TestClock())
  let whole = try await sandbox.snapshots(in: "us-east-1", query: SnapshotQuery(), nextToken: nil).items
  let first = try await sandbox.snapshots(in: "us-east-1", query: SnapshotQuery(maxResults: 20), nextToken: nil)
  let second = try await sandbox.snapshots(
    in: "us-east-1", query: SnapshotQuery(maxResults: 20), nextToken: first.nextToken)
  #expect(first.items.count == 20 && second.items.count == 5 && second.nextToken == nil)
  #expect((first.items + second.items).map(\.id) == whole.map(\.id))
}

@Test func aTokenIsBoundToItsQuery() async throws {
  let sandbox = memorySandbox(TestClock())
  let first = try await sandbox.images(in: "us-east-1", query: ImageQuery(maxResults: 5), nextToken: nil)
  let token = try #require(first.nextToken)
  let otherQuery = await awsError {
    _ = try await sandbox.images(in: "us-east-1", query: ImageQuery(owners: ["self"], maxResults: 5), nextToken: token)
  }
  #expect(otherQuery?.code == "InvalidParameterValue")
  let garbage = await awsError {
    _ = try await sandbox.images(in: "us-east-1", query: ImageQuery(maxResults: 5), nextToken: "not-a-token")
  }
  #expect(garbage?.code == "InvalidParameterValue")
}

@Test(arguments: [4, 1001])
func maxResultsOutsideFiveToAThousandIsRefused(maxResults: Int) async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).images(
      in: "us-east-1", query: ImageQuery(maxResults: maxResults), nextToken: nil)
  }
  #expect(error?.code == "InvalidParameterValue")
}

@Test func maxResultsCannotBeCombinedWithIds() async {
  let error = await awsError {
    _ = try await memorySandbox(TestClock()).snapshots(
      in: "us-east-1", query: SnapshotQuery(snapshotIds: [SandboxSeed.backupSnapshot], maxResults: 5), nextToken: nil)
  }
  #expect(error?.code == "InvalidParameterCombination")
}
