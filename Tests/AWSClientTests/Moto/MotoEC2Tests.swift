import AWSClient
import FerryCloud
import FerryRules
import Foundation
import Testing

/// ferry's client against moto's EC2, over real HTTP on loopback.
@Suite(.enabled(if: MotoEnvironment.available, "\(MotoEnvironment.missing)"))
struct MotoEC2Tests {
  // Safe: the suite is enabled only when the endpoint parsed.
  let endpoint = MotoEnvironment.endpoint ?? URL(fileURLWithPath: "/")
  var account: LiveAccount { MotoEnvironment.account(endpoint: endpoint) }

  // MARK: - Places and identity

  @Test func regionsAndZones() async throws {
    let regions = try await account.regions(from: "us-east-1")
    #expect(regions.count > 20)
    #expect(regions.contains(RegionEntry(name: "eu-west-1", optIn: .notRequired)))
    let zones = try await account.zones(in: "us-east-1")
    #expect(zones.contains { $0.name == "us-east-1a" && $0.kind == .availabilityZone && $0.region == "us-east-1" })
    #expect(zones.allSatisfy { $0.region == "us-east-1" })
  }

  @Test func identityIsMotosDefaultAccount() async throws {
    let identity = try await account.identity()
    #expect(identity.accountId == "123456789012")
    #expect(identity.partition == "aws")
    #expect(identity.endpoint == endpoint.absoluteString)
  }

  // MARK: - Listing our own

  @Test func listsOnlyOurOwnImagesAndSnapshots() async throws {
    let fixtures = MotoFixtures(endpoint: endpoint)
    var imageIds: [String] = []
    for index in 0..<3 { imageIds.append(try await fixtures.image(name: "ferry-\(fixtures.run)-\(index)")) }
    let listed = try await fixtures.snapshots(count: 24, prefix: "ferry \(fixtures.run)")

    let images = try await account.images(
      in: "us-east-1", query: ImageQuery(owners: ["self"], filters: [fixtures.runFilter]), nextToken: nil)
    #expect(Set(images.items.map(\.id)) == Set(imageIds))
    let first = try #require(images.items.first { $0.id == imageIds[0] })
    #expect(first.name == "ferry-\(fixtures.run)-0")
    #expect(first.state == .available)
    #expect(first.ownerId == "123456789012")
    #expect(first.blockDevices.first?.deviceName == "/dev/sda1")
    #expect(first.tags.contains(Tag(key: "ferry-run", value: fixtures.run)))
    #expect(first.region == "us-east-1")

    // A description filter: moto answers it in a tenth of the time a tag filter takes.
    let snapshots = try await account.snapshots(
      in: "us-east-1",
      query: SnapshotQuery(
        owners: ["self"], filters: [Filter(name: "description", values: ["ferry \(fixtures.run) *"])]),
      nextToken: nil)
    #expect(Set(snapshots.items.map(\.id)) == listed)
    #expect(snapshots.items.allSatisfy { $0.state == .completed && $0.progress == 100 && $0.ownerId == "123456789012" })
    #expect(snapshots.items.allSatisfy { $0.tags.contains(Tag(key: "ferry-run", value: fixtures.run)) })
  }

  // MARK: - Copies

  @Test func copiesAnImageToAnotherRegion() async throws {
    let fixtures = MotoFixtures(endpoint: endpoint)
    let source = try await fixtures.image(name: "ferry-\(fixtures.run)-src")
    let call = APICall(
      operation: .copyImage, region: "eu-west-1",
      parameters: [
        "SourceImageId": .string(source), "SourceRegion": .string("us-east-1"),
        "Name": .string("ferry-\(fixtures.run)-copy"),
        "Description": .string("copied by ferry's tests"), "ClientToken": .string(fixtures.run),
        "TagSpecifications": .list([
          .structure([
            "ResourceType": .string("image"),
            "Tags": .list([.structure(["Key": .string("team"), "Value": .string("core")])]),
          ])
        ]),
      ])
    let outcome = try await account.copy(call)
    #expect(outcome.resourceId.hasPrefix("ami-"))
    let copied = try await account.images(
      in: "eu-west-1", query: ImageQuery(imageIds: [outcome.resourceId]), nextToken: nil)
    let image = try #require(copied.items.first)
    #expect(image.name == "ferry-\(fixtures.run)-copy")
    #expect(image.description == "copied by ferry's tests")
    #expect(image.region == "eu-west-1")
    try await account.deregisterImage(outcome.resourceId, in: "eu-west-1")
    let after = try await account.images(
      in: "eu-west-1", query: ImageQuery(imageIds: [outcome.resourceId]), nextToken: nil)
    #expect(after.items.isEmpty)
  }

  @Test func copiesASnapshotWithTagsAndDescription() async throws {
    let fixtures = MotoFixtures(endpoint: endpoint)
    let source = try await fixtures.snapshot(description: "ferry \(fixtures.run) source")
    let call = APICall(
      operation: .copySnapshot, region: "eu-west-1",
      parameters: [
        "SourceSnapshotId": .string(source), "SourceRegion": .string("us-east-1"),
        "Description": .string("copy of \(source)"),
        "TagSpecifications": .list([
          .structure([
            "ResourceType": .string("snapshot"),
            "Tags": .list([.structure(["Key": .string("team"), "Value": .string("core ops")])]),
          ])
        ]),
      ])
    let outcome = try await account.copy(call)
    #expect(outcome.resourceId.hasPrefix("snap-"))
    let page = try await account.snapshots(
      in: "eu-west-1", query: SnapshotQuery(snapshotIds: [outcome.resourceId]), nextToken: nil)
    let snapshot = try #require(page.items.first)
    #expect(snapshot.description == "copy of \(source)")
    #expect(snapshot.tags.contains(Tag(key: "team", value: "core ops")))
    #expect(snapshot.state == .completed)
    try await account.deleteSnapshot(outcome.resourceId, in: "eu-west-1")
    let after = try await account.snapshots(
      in: "eu-west-1", query: SnapshotQuery(filters: [Filter(name: "snapshot-id", values: [outcome.resourceId])]),
      nextToken: nil)
    #expect(after.items.isEmpty)
  }

  @Test func dryRunSaysItWouldHaveSucceeded() async throws {
    let fixtures = MotoFixtures(endpoint: endpoint)
    let source = try await fixtures.image(name: "ferry-\(fixtures.run)-dry")
    let call = APICall(
      operation: .copyImage, region: "eu-west-1",
      parameters: [
        "SourceImageId": .string(source), "SourceRegion": .string("us-east-1"), "Name": .string("dry"),
        "DryRun": .boolean(true),
      ])
    let error = await #expect(throws: AWSError.self) { try await account.copy(call) }
    #expect(error?.isDryRunSuccess == true)
    #expect(error?.httpStatus == 412)
  }

  // MARK: - Errors

  @Test func aMissingImageIsAClearError() async {
    let error = await #expect(throws: AWSError.self) {
      try await account.images(in: "us-east-1", query: ImageQuery(imageIds: ["ami-00000000000000000"]), nextToken: nil)
    }
    #expect(error?.kind == .service)
    #expect(
      error?.description
        == "DescribeImages in us-east-1 failed: The image id '[ami-00000000000000000]' does not exist (InvalidAMIID.NotFound)"
    )
    #expect(error?.httpStatus == 400)
  }

  @Test func aCopyOfAMissingSnapshotNamesIt() async {
    let call = APICall(
      operation: .copySnapshot, region: "eu-west-1",
      parameters: ["SourceSnapshotId": .string("snap-00000000000000000"), "SourceRegion": .string("us-east-1")])
    let error = await #expect(throws: AWSError.self) { try await account.copy(call) }
    #expect(
      error?.description
        == "CopySnapshot in eu-west-1 (snap-00000000000000000 from us-east-1) failed: it does not exist in that Region,"
        + " or this account cannot see it (InvalidSnapshot.NotFound)")
  }
}
