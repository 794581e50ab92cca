import ArgumentParser
import FerryRules
import Foundation
import Testing

@testable import ferry

@Suite struct RequestBuilderTests {
  private func flags(_ arguments: [String]) throws -> RequestFlags {
    try RequestFlags.parse(arguments)
  }

  private func build(_ resource: String, _ id: String, _ arguments: [String]) throws -> RequestSet {
    guard case .flags(let set) = try RequestBuilder.input([resource, id], flags: try flags(arguments)) else {
      throw ValidationError("not built from flags")
    }
    return set
  }

  // MARK: - --to by shape

  @Test(arguments: [
    ("eu-west-1", DestinationSpec(region: "eu-west-1")),
    ("us-gov-west-1", DestinationSpec(region: "us-gov-west-1")),
    ("us-west-2-lax-1a", DestinationSpec(localZone: "us-west-2-lax-1a")),
    ("usw2-lax1-az1", DestinationSpec(localZoneId: "usw2-lax1-az1")),
    ("us-east-1a", DestinationSpec(localZone: "us-east-1a")),
    (
      "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718",
      DestinationSpec(outpostArn: "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718")
    ),
  ])
  func aPlaceIsJudgedByItsShape(place: String, expected: DestinationSpec) {
    #expect(RequestBuilder.destination(place) == expected)
  }

  // MARK: - Building the document

  @Test func everyFlagLandsInItsKey() throws {
    let set = try build(
      "image", "ami-0c7e5d1a9b3f20001",
      [
        "--source-region", "us-east-1", "--to", "eu-west-1", "--name", "golden", "--description", "nightly",
        "--encrypted", "--kms-key", "alias/prod", "--tag", "team=core", "--image-tag", "role=web",
        "--snapshot-tag", "tier=gold", "--copy-image-tags", "--completion-minutes", "60", "--client-token", "rb-1",
        "--dry-run",
      ])
    #expect(
      set
        == RequestSet(
          documents: [
            CopyRequest(
              resource: .image, source: SourceSpec(id: "ami-0c7e5d1a9b3f20001", region: "us-east-1"),
              destination: DestinationSpec(region: "eu-west-1"), name: "golden", description: "nightly",
              encrypted: true, kmsKeyId: "alias/prod", copyImageTags: true,
              tags: TagSets(
                image: [Tag(key: "team", value: "core"), Tag(key: "role", value: "web")],
                snapshot: [Tag(key: "team", value: "core"), Tag(key: "tier", value: "gold")]),
              completionDurationMinutes: 60, clientToken: "rb-1", dryRun: true)
          ], isList: false))
  }

  @Test func aSnapshotsTagGoesOnTheSnapshotOnly() throws {
    let set = try build(
      "snapshot", "snap-0d4b8e2f6a1c30001", ["--source-region", "us-east-1", "--to", "eu-west-1", "--tag", "a=b"])
    #expect(set.documents.first?.tags == TagSets(snapshot: [Tag(key: "a", value: "b")]))
    #expect(set.documents.first?.encrypted == nil)
  }

  @Test func severalPlacesMakeAFanOutWithKeysPerPlace() throws {
    let set = try build(
      "snapshot", "snap-0d4b8e2f6a1c30001",
      [
        "--source-region", "us-east-1", "--to", "eu-west-1", "--to", "us-west-2", "--encrypted",
        "--kms-key", "alias/backup", "--kms-key", "us-west-2=alias/prod",
      ])
    let request = try #require(set.documents.first)
    #expect(!set.isList)
    #expect(request.kmsKeyId == "alias/backup")
    #expect(
      request.destinations == [
        DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "us-west-2", kmsKeyId: "alias/prod"),
      ])
  }

  @Test func namesPerPlaceBecomeEachDestinationsName() throws {
    let set = try build(
      "image", "ami-0c7e5d1a9b3f20001",
      [
        "--source-region", "us-east-1", "--to", "us-east-1-bos-1a", "--to", "us-east-1-mia-1a", "--to", "eu-west-1",
        "--name", "golden", "--name", "us-east-1-bos-1a=golden-bos", "--name", "us-east-1-mia-1a=golden-mia",
      ])
    #expect(!set.isList)
    let document = try #require(set.documents.first)
    #expect(set.documents.count == 1 && document.name == "golden")
    #expect(document.destinations?.map(\.name) == ["golden-bos", "golden-mia", nil])
    #expect(set.copies.map(\.name) == ["golden-bos", "golden-mia", "golden"])
  }

  // MARK: - What the command line itself gets wrong

  @Test(arguments: [
    (
      ["r.json"], ["--to", "eu-west-1"],
      "a REQUEST file and the request flags (--to, --name, …) cannot be used together"
    ),
    (["image", "ami-1"], ["--source-region", "us-east-1"], "say where the copy goes with --to"),
    (
      ["image", "ami-1"], ["--to", "eu-west-1"],
      "say where the source lives with --source-region (or --source-local-zone, --source-outpost-arn)"
    ),
    (
      ["image", "ami-1"], ["--source-region", "us-east-1", "--to", "eu-west-1", "--tag", "team"],
      "--tag takes key=value, not team"
    ),
    (
      ["image", "ami-1"], ["--source-region", "us-east-1", "--to", "eu-west-1", "--kms-key", "us-west-2=alias/x"],
      "--kms-key us-west-2=alias/x: us-west-2 is not one of the --to places"
    ),
    (
      ["image", "ami-1"], ["--source-region", "us-east-1", "--to", "eu-west-1", "--kms-key", "a", "--kms-key", "b"],
      "--kms-key without a place may be given once"
    ),
    (
      ["disk", "vol-1"], [],
      "disk is neither image nor snapshot: give a REQUEST file, or `image AMI-ID` / `snapshot SNAPSHOT-ID` with --to"
    ),
    ([], [], "give a REQUEST file, or `image AMI-ID` / `snapshot SNAPSHOT-ID` with --to"),
  ])
  func mistakesAreUsageErrors(arguments: [String], flagArguments: [String], message: String) throws {
    let parsed = try flags(flagArguments)
    let error = #expect(throws: ValidationError.self) { try RequestBuilder.input(arguments, flags: parsed) }
    #expect(error?.message == message)
  }

  // MARK: - Written back as the document

  @Test func theDocumentReadsBackToTheSameRequest() throws {
    let set = try build(
      "image", "ami-0c7e5d1a9b3f20001",
      [
        "--source-region", "us-east-1", "--to", "eu-west-1", "--to", "usw2-lax1-az1", "--name", "golden",
        "--encrypted", "--kms-key", "usw2-lax1-az1=alias/prod", "--tag", "team=core",
      ])
    let text = try #require(set.documents.first).document.prettyText
    #expect(try CopyRequest.parse(json: Array(text.utf8)) == set.documents.first)
    #expect(try RequestSet.parse(Array(set.json.prettyText.utf8)) == set)
  }
}
