import FerryRules
import Testing

@Suite struct CatalogTests {
  // MARK: - Parsing the AWS CLI's JSON

  @Test func parsesTheFixtureZones() throws {
    let zones = try Catalog.parseZones(Fixture.bytes("zones.json"))
    #expect(zones.count == 10)
    let bos = try #require(zones.first { $0.name == "us-east-1-bos-1a" })
    #expect(
      bos
        == Zone(
          name: "us-east-1-bos-1a", id: "use1-bos1-az1", kind: .localZone, region: "us-east-1",
          group: "us-east-1-bos-1", parentZoneName: "us-east-1a", optIn: .optedIn))
    #expect(zones.first { $0.name == "us-east-1-nyc-1a" }?.optIn == .notOptedIn)
  }

  @Test func parsesTheFixtureOutpostsWithRegionAndAccountFromTheARN() throws {
    let outposts = try Catalog.parseOutposts(Fixture.bytes("outposts.json"))
    #expect(
      outposts == [
        Outpost(
          arn: Fixture.eastOutpost, id: "op-0123456789abcdef0", name: "dc-east", region: "us-east-1",
          account: "111122223333", availabilityZone: "us-east-1a"),
        Outpost(
          arn: Fixture.westOutpost, id: "op-0fedcba9876543210", name: "dc-west", region: "us-west-2",
          account: "111122223333", availabilityZone: "us-west-2a"),
      ])
  }

  @Test(arguments: [
    ("", "zones catalog: not valid JSON at byte 0: the document is empty"),
    (
      "7",
      "zones catalog: expected an object with \"AvailabilityZones\" (the AWS CLI's JSON) or an array (ferry list's), found a number"
    ),
    ("[{\"name\": \"a\"}]", "zones catalog: [0] has no id"),
    ("{\"Outposts\": []}", "zones catalog: expected an object with \"AvailabilityZones\"; is this the right file?"),
    ("{\"AvailabilityZones\": {}}", "zones catalog: \"AvailabilityZones\" must be an array, found an object"),
    ("{\"AvailabilityZones\": [1]}", "zones catalog: AvailabilityZones[0] must be an object, found a number"),
    ("{\"AvailabilityZones\": [{\"ZoneName\": \"a\"}]}", "zones catalog: AvailabilityZones[0] has no ZoneId"),
    (
      "{\"AvailabilityZones\": [{\"ZoneName\": 7}]}",
      "zones catalog: AvailabilityZones[0].ZoneName must be a string, found a number"
    ),
  ])
  func wrongShapedZonesGiveOneLine(_ json: String, _ message: String) {
    #expect(throws: CatalogError.self) { try Catalog.parseZones(Array(json.utf8)) }
    do {
      _ = try Catalog.parseZones(Array(json.utf8))
    } catch {
      #expect(error.description == message)
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func ferrysOwnListingsAreReadAsTheAWSCLIsAre() throws {
    let zones = """
      [{"group": "us-east-1-bos-1", "id": "use1-bos1-az1", "name": "us-east-1-bos-1a", "optInStatus": "opted-in",
        "parentZoneName": "us-east-1a", "region": "us-east-1", "type": "local-zone"}]
      """
    let outposts = """
      [{"arn": "\(Fixture.westOutpost)", "availabilityZone": "us-west-2a", "id": "op-0fedcba9876543210",
        "name": "dc-west", "region": "us-west-2"}]
      """
    let catalog = try Catalog.parse(zonesJSON: Array(zones.utf8), outpostsJSON: Array(outposts.utf8))
    #expect(
      catalog.zones == [
        Zone(
          name: "us-east-1-bos-1a", id: "use1-bos1-az1", kind: .localZone, region: "us-east-1",
          group: "us-east-1-bos-1",
          parentZoneName: "us-east-1a", optIn: .optedIn)
      ])
    #expect(catalog.outpost(arn: Fixture.westOutpost)?.name == "dc-west")
    #expect(catalog.outposts.first?.availabilityZone == "us-west-2a")
  }

  @Test func wrongOutpostARNIsAnError() {
    let json = #"{"Outposts": [{"OutpostArn": "arn:aws:ec2:us-east-1:111122223333:instance/i-1"}]}"#
    #expect(
      throws: CatalogError(
        document: "outposts",
        reason:
          "Outposts[0].OutpostArn 'arn:aws:ec2:us-east-1:111122223333:instance/i-1' is not an Outpost ARN (arn:aws:outposts:REGION:ACCOUNT:outpost/op-…)"
      )
    ) {
      try Catalog.parseOutposts(Array(json.utf8))
    }
  }

  @Test func unknownKeysAndMissingOptionalFieldsAreFine() throws {
    let json =
      #"{"AvailabilityZones": [{"ZoneName": "x-y-1a", "ZoneId": "xy1-az1", "ZoneType": "mystery", "RegionName": "x-y-1", "Extra": [1, {"a": null}]}], "NextToken": null}"#
    let zones = try Catalog.parseZones(Array(json.utf8))
    #expect(
      zones == [
        Zone(name: "x-y-1a", id: "xy1-az1", kind: .other, region: "x-y-1", group: "x-y-1a", optIn: .notRequired)
      ])
  }

  // MARK: - Lookups

  @Test func looksUpByNameIdAndARN() {
    let catalog = Fixture.catalog
    #expect(catalog.zone(named: "us-west-2-lax-1b")?.id == "usw2-lax1-az2")
    #expect(catalog.zone(id: "usw2-lax1-az2")?.name == "us-west-2-lax-1b")
    #expect(catalog.outpost(arn: Fixture.westOutpost)?.name == "dc-west")
    #expect(catalog.zone(named: "nowhere-1a") == nil)
    #expect(
      catalog.localZones(in: "us-west-2").map(\.name) == ["us-west-2-lax-1a", "us-west-2-lax-1b", "us-west-2-den-1a"])
  }

  @Test func indexesFollowChangesToTheLists() {
    var catalog = Catalog()
    #expect(catalog.region(named: "us-east-1") == nil)
    catalog.regions = [RegionEntry(name: "us-east-1", optIn: .notRequired)]
    catalog.zones = Fixture.catalog.zones
    #expect(catalog.region(named: "us-east-1")?.optIn == .notRequired)
    #expect(catalog.zone(named: "us-east-1-bos-1a") != nil)
    #expect(catalog == Catalog(regions: catalog.regions, zones: Fixture.catalog.zones))
  }

  @Test func outpostARNParsing() {
    #expect(Outpost(arn: Fixture.eastOutpost)?.region == "us-east-1")
    #expect(Outpost(arn: Fixture.eastOutpost)?.account == "111122223333")
    #expect(Outpost(arn: "arn:aws:outposts:us-east-1:1111:outpost/op-0123456789abcdef0") == nil)
    #expect(Outpost(arn: "arn:aws:outposts:us-east-1:111122223333:outpost/op-xyz") == nil)
    #expect(Outpost(arn: "arn:aws:outposts:us-east-1:111122223333:site/os-0123456789abcdef0") == nil)
  }
}
