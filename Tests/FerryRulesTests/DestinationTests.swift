import FerryRules
import Testing

/// A destination and what the plan must send for it.
private struct DestinationCase: CustomTestStringConvertible, Sendable {
  var label: String
  var request: CopyRequest
  var region: String
  var sourceRegion: String
  var sent: [String: String]
  var testDescription: String { label }
}

private let destinationParameters = [
  "DestinationAvailabilityZone", "DestinationAvailabilityZoneId", "DestinationOutpostArn",
]

private let destinationCases: [DestinationCase] = [
  DestinationCase(
    label: "image to a Region sends none", request: Fixture.image(), region: "eu-west-1",
    sourceRegion: "us-east-1", sent: [:]),
  DestinationCase(
    label: "image to a Local Zone by name", request: Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a")),
    region: "us-east-1", sourceRegion: "us-east-1", sent: ["DestinationAvailabilityZone": "us-east-1-bos-1a"]),
  DestinationCase(
    label: "image to a Local Zone by id", request: Fixture.image(to: DestinationSpec(localZoneId: "use1-bos1-az1")),
    region: "us-east-1", sourceRegion: "us-east-1", sent: ["DestinationAvailabilityZoneId": "use1-bos1-az1"]),
  DestinationCase(
    label: "snapshot to a Local Zone by id sends its name",
    request: Fixture.snapshot(to: DestinationSpec(localZoneId: "use1-bos1-az1")),
    region: "us-east-1", sourceRegion: "us-east-1", sent: ["DestinationAvailabilityZone": "us-east-1-bos-1a"]),
  DestinationCase(
    label: "image to an Outpost", request: Fixture.image(to: DestinationSpec(outpostArn: Fixture.eastOutpost)),
    region: "us-east-1", sourceRegion: "us-east-1", sent: ["DestinationOutpostArn": Fixture.eastOutpost]),
  DestinationCase(
    label: "image from a Local Zone goes to and names the parent Region",
    request: Fixture.image(
      from: SourceSpec(id: Fixture.ami, localZone: "us-east-1-bos-1a"), to: DestinationSpec(region: "us-east-1")),
    region: "us-east-1", sourceRegion: "us-east-1", sent: [:]),
  DestinationCase(
    label: "snapshot between zones of one group is sent to the parent Region",
    request: Fixture.snapshot(
      from: SourceSpec(id: Fixture.snap, localZone: "us-west-2-lax-1a"),
      to: DestinationSpec(localZone: "us-west-2-lax-1b")),
    region: "us-west-2", sourceRegion: "us-west-2", sent: ["DestinationAvailabilityZone": "us-west-2-lax-1b"]),
]

/// A place that cannot be resolved, and the rule that says so.
private struct PlaceFailure: CustomTestStringConvertible, Sendable {
  var label: String
  var request: CopyRequest
  var catalog: Catalog
  var rule: String
  var field: String
  var testDescription: String { label }
}

private let regionsCatalog = Catalog(
  regions: [
    RegionEntry(name: "us-east-1", optIn: .notRequired), RegionEntry(name: "eu-west-1", optIn: .notRequired),
    RegionEntry(name: "af-south-1", optIn: .notOptedIn),
  ],
  zones: Fixture.catalog.zones, outposts: Fixture.catalog.outposts)

private let placeFailures: [PlaceFailure] = [
  PlaceFailure(
    label: "no source place", request: Fixture.image(from: SourceSpec(id: Fixture.ami)),
    catalog: Fixture.catalog, rule: "source-place-count", field: "source"),
  PlaceFailure(
    label: "two source places",
    request: Fixture.image(from: SourceSpec(id: Fixture.ami, region: "us-east-1", localZone: "us-east-1-bos-1a")),
    catalog: Fixture.catalog, rule: "source-place-count", field: "source"),
  PlaceFailure(
    label: "no destination place", request: Fixture.image(to: DestinationSpec()),
    catalog: Fixture.catalog, rule: "destination-place-count", field: "destination"),
  PlaceFailure(
    label: "two destination places",
    request: Fixture.image(to: DestinationSpec(region: "us-east-1", outpostArn: Fixture.eastOutpost)),
    catalog: Fixture.catalog, rule: "destination-place-count", field: "destination"),
  PlaceFailure(
    label: "badly shaped Region", request: Fixture.image(to: DestinationSpec(region: "eu-west")),
    catalog: Fixture.catalog, rule: "region-name", field: "destination"),
  PlaceFailure(
    label: "Region the account lacks", request: Fixture.image(to: DestinationSpec(region: "eu-west-3")),
    catalog: regionsCatalog, rule: "region-unknown", field: "destination"),
  PlaceFailure(
    label: "Region not opted in", request: Fixture.image(to: DestinationSpec(region: "af-south-1")),
    catalog: regionsCatalog, rule: "region-not-opted-in", field: "destination"),
  PlaceFailure(
    label: "Local Zone not opted in", request: Fixture.image(to: DestinationSpec(localZone: "us-east-1-nyc-1a")),
    catalog: Fixture.catalog, rule: "local-zone-not-opted-in", field: "destination"),
  PlaceFailure(
    label: "an Availability Zone is not a Local Zone",
    request: Fixture.image(to: DestinationSpec(localZone: "us-east-1a")),
    catalog: Fixture.catalog, rule: "not-a-local-zone", field: "destination"),
  PlaceFailure(
    label: "a Wavelength Zone is not a Local Zone",
    request: Fixture.image(to: DestinationSpec(localZone: "us-east-1-wl1-bos-wlz-1")),
    catalog: Catalog(zones: [
      Zone(
        name: "us-east-1-wl1-bos-wlz-1", id: "use1-wl1-bos-wlz1", kind: .wavelengthZone,
        region: "us-east-1", group: "us-east-1-wl1", optIn: .optedIn)
    ]),
    rule: "not-a-local-zone", field: "destination"),
  PlaceFailure(
    label: "unknown Local Zone", request: Fixture.image(to: DestinationSpec(localZone: "us-east-1-xyz-1a")),
    catalog: Fixture.catalog, rule: "local-zone-unknown", field: "destination"),
  PlaceFailure(
    label: "unknown Local Zone id", request: Fixture.image(to: DestinationSpec(localZoneId: "use1-xyz1-az1")),
    catalog: Fixture.catalog, rule: "local-zone-unknown", field: "destination"),
  PlaceFailure(
    label: "Local Zone without a zones catalog",
    request: Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a")),
    catalog: Catalog(), rule: "zones-catalog-missing", field: "destination"),
  PlaceFailure(
    label: "source Local Zone without a zones catalog",
    request: Fixture.image(
      from: SourceSpec(id: Fixture.ami, localZone: "us-east-1-bos-1a"), to: DestinationSpec(region: "us-east-1")),
    catalog: Catalog(), rule: "zones-catalog-missing", field: "source"),
  PlaceFailure(
    label: "Outpost without an Outposts catalog",
    request: Fixture.image(to: DestinationSpec(outpostArn: Fixture.eastOutpost)),
    catalog: Catalog(), rule: "outposts-catalog-missing", field: "destination"),
  PlaceFailure(
    label: "unknown Outpost",
    request: Fixture.image(
      to: DestinationSpec(outpostArn: "arn:aws:outposts:us-east-1:111122223333:outpost/op-00000000000000000")),
    catalog: Fixture.catalog, rule: "outpost-unknown", field: "destination"),
  PlaceFailure(
    label: "malformed Outpost ARN", request: Fixture.image(to: DestinationSpec(outpostArn: "op-0123456789abcdef0")),
    catalog: Fixture.catalog, rule: "outpost-arn", field: "destination"),
]

@Suite struct DestinationTests {
  // MARK: - What is sent, and where

  @Test(arguments: destinationCases)
  fileprivate func destinationSpecification(_ item: DestinationCase) {
    let result = plan(item.request, catalog: Fixture.catalog)
    #expect(result.errors == [])
    #expect(result.region == item.region)
    #expect(result.parameters["SourceRegion"] == .string(item.sourceRegion))
    for name in destinationParameters {
      #expect(result.parameters[name] == item.sent[name].map(APIValue.string), "\(name)")
    }
  }

  // MARK: - Places that cannot be resolved

  @Test(arguments: placeFailures)
  fileprivate func unresolvedPlaces(_ item: PlaceFailure) {
    let result = plan(item.request, catalog: item.catalog)
    #expect(result.errors.contains(RuleHit(item.rule, item.field)), "\(result.errors)")
    #expect(!result.valid)
    #expect(result.call == nil)
  }

  @Test func unknownPartitionIsAWarningNotAnError() {
    let result = plan(Fixture.image(to: DestinationSpec(region: "xx-west-1")), catalog: Fixture.catalog)
    #expect(result.warnings == [RuleHit("region-partition-unknown", "destination")])
    #expect(result.valid)
  }

  @Test func catalogMissingMessageSaysWhatToPass() {
    let result = plan(Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a")), catalog: Catalog())
    #expect(result.findings.first?.message.contains("--zones") == true)
    let outpost = plan(Fixture.image(to: DestinationSpec(outpostArn: Fixture.eastOutpost)), catalog: Catalog())
    #expect(outpost.findings.first?.message.contains("--outposts") == true)
    // The endpoint is still worked out from the ARN, so a front end can show it.
    #expect(outpost.region == "us-east-1")
  }
}
