import Foundation
import Testing

@Suite struct ListCommandTests {
  private let home = FerryRun.Home()

  private func list(_ arguments: [String], environment: [String: String] = [:]) throws -> FerryRun {
    try FerryRun.run(["list"] + arguments + ["--sandbox"], home: home, environment: environment)
  }

  @Test func regionsCarryTheContractsFields() throws {
    let run = try list(["regions", "--region", "us-east-1", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let regions = try #require(run.json as? [[String: String]])
    #expect(regions.allSatisfy { Set($0.keys) == ["name", "partition", "optInStatus"] })
    #expect(
      regions.first { $0["name"] == "us-east-1" } == [
        "name": "us-east-1", "partition": "aws", "optInStatus": "opt-in-not-required",
      ])
  }

  /// At an 80-column terminal the text table keeps every id whole (what an operator copies into the next
  /// command), leaving out the owner and cutting names instead.
  @Test func anEightyColumnTableKeepsEveryIdWhole() throws {
    for kind in ["images", "snapshots"] {
      let text = try list([kind, "--region", "us-east-1"], environment: ["COLUMNS": "80"]).stdout
      let ids = try list([kind, "--region", "us-east-1", "--output", "json"]).json as? [[String: Any]] ?? []
      #expect(ids.count > 3)
      for id in ids.compactMap({ $0["id"] as? String }) { #expect(text.contains(id + " "), "\(kind): \(id)") }
      #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(kind)")
      #expect(!text.contains("OWNER"))
    }
  }

  @Test func jsonlIsOneCompactObjectPerRow() throws {
    let lines = try list(["regions", "--region", "us-east-1", "--output", "jsonl"]).stdout.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines.first == #"{"name":"us-east-1","optInStatus":"opt-in-not-required","partition":"aws"}"#)
  }

  @Test func zonesCarryTheContractsFields() throws {
    let run = try list(["zones", "--region", "us-east-1", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let zones = try #require(run.json as? [[String: String]])
    let boston = try #require(zones.first { $0["name"] == "us-east-1-bos-1a" })
    #expect(boston["id"] == "use1-bos1-az1")
    #expect(boston["type"] == "local-zone")
    #expect(boston["region"] == "us-east-1")
    #expect(boston["group"] == "us-east-1-bos-1")
    #expect(boston["optInStatus"] == "opted-in")
  }

  @Test func outpostsCarryTheContractsFields() throws {
    let run = try list(["outposts", "--region", "us-east-1", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let outposts = try #require(run.json as? [[String: String]])
    #expect(
      outposts == [
        [
          "arn": "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718", "id": "op-0a1b2c3d4e5f60718",
          "name": "rack-iad-factory", "region": "us-east-1", "availabilityZone": "us-east-1a",
        ]
      ])
  }

  @Test func imagesIncludeThoseSharedWithMe() throws {
    let run = try list(["images", "--region", "us-east-1", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let images = try #require(run.json as? [[String: Any]])
    let owners = Set(images.compactMap { $0["ownerId"] as? String })
    #expect(owners == ["123456789012", "210987654321"])
    let ids = images.compactMap { $0["id"] as? String }
    #expect(Set(ids).count == ids.count)
    let outpost = try #require(images.first { $0["id"] as? String == "ami-0c7e5d1a9b3f2000a" })
    #expect(outpost["outpostArn"] as? String == "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718")
    #expect(outpost["localZone"] == nil)
  }

  @Test func ownersSelfListsOnlyMyOwnImagesAsTheAWSCLIDoes() throws {
    let run = try list(["images", "--region", "us-east-1", "--owners", "self", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let images = try #require(run.json as? [[String: Any]])
    #expect(!images.isEmpty)
    #expect(Set(images.compactMap { $0["ownerId"] as? String }) == ["123456789012"])
    let other = try list(["images", "--region", "us-east-1", "--owners", "210987654321", "--output", "json"])
    let shared = try #require(other.json as? [[String: Any]])
    #expect(Set(shared.compactMap { $0["ownerId"] as? String }) == ["210987654321"])
  }

  @Test func ownersIsRefusedForPlaces() throws {
    let run = try list(["regions", "--owners", "self"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--owners applies to images and snapshots only"))
  }

  @Test func snapshotsSayWhereTheyLive() throws {
    let run = try list(["snapshots", "--region", "us-east-1", "--output", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let snapshots = try #require(run.json as? [[String: Any]])
    let boston = try #require(snapshots.first { $0["id"] as? String == "snap-0d4b8e2f6a1c30004" })
    #expect(boston["location"] as? String == "us-east-1-bos-1a")
    #expect(boston["localZone"] as? String == "us-east-1-bos-1a")
    #expect(boston["description"] as? String == "edge-cache scratch volume (Boston)")
    #expect(snapshots.allSatisfy { $0["ownerId"] as? String == "123456789012" })
  }

  @Test func textColumnsFitTheWidth() throws {
    let run = try list(["images", "--region", "us-east-1"], environment: ["COLUMNS": "72"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count > 10)
    #expect(lines.allSatisfy { $0.count <= 72 })
    #expect(lines.first?.hasPrefix("ID ") == true)
  }
}
