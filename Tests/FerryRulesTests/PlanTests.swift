import FerryRules
import Testing

@Suite struct PlanTests {
  // MARK: - Parameters

  @Test func everyImageParameterByItsAPIName() {
    let request = CopyRequest(
      resource: .image, source: SourceSpec(id: Fixture.ami, region: "us-east-1"),
      destination: DestinationSpec(region: "eu-west-1"), name: "app (v2)", description: "nightly",
      encrypted: true, kmsKeyId: "alias/backup", copyImageTags: true,
      tags: TagSets(image: [Tag(key: "team", value: "core")]), completionDurationMinutes: 60,
      clientToken: "runbook-7f3a", dryRun: false)
    let result = plan(request, catalog: Fixture.catalog)
    #expect(result.valid)
    #expect(result.operation == .copyImage)
    #expect(result.region == "eu-west-1")
    #expect(
      result.parameters == [
        "SourceImageId": .string(Fixture.ami), "SourceRegion": .string("us-east-1"), "Name": .string("app (v2)"),
        "Description": .string("nightly"), "Encrypted": .boolean(true), "KmsKeyId": .string("alias/backup"),
        "CopyImageTags": .boolean(true), "SnapshotCopyCompletionDurationMinutes": .integer(60),
        "ClientToken": .string("runbook-7f3a"), "DryRun": .boolean(false),
        "TagSpecifications": .list([
          .structure([
            "ResourceType": .string("image"),
            "Tags": .list([
              .structure(["Key": .string("team"), "Value": .string("core")]),
              .structure(["Key": .string("ferry:client-token"), "Value": .string("runbook-7f3a")]),
            ]),
          ])
        ]),
      ])
    #expect(
      result.cli
        == "aws ec2 copy-image --region eu-west-1 --source-region us-east-1 --source-image-id ami-0123456789abcdef0 --name 'app (v2)' --description nightly --encrypted --kms-key-id alias/backup --copy-image-tags --tag-specifications '[{\"ResourceType\":\"image\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"core\"},{\"Key\":\"ferry:client-token\",\"Value\":\"runbook-7f3a\"}]}]' --snapshot-copy-completion-duration-minutes 60 --client-token runbook-7f3a --no-dry-run"
    )
    #expect(result.call == APICall(operation: .copyImage, region: "eu-west-1", parameters: result.parameters))
  }

  @Test func snapshotUsesItsOwnNames() {
    var request = Fixture.snapshot(to: DestinationSpec(localZoneId: "use1-bos1-az1"))
    request.completionDurationMinutes = nil
    request.encrypted = true
    let result = plan(request, catalog: Fixture.catalog)
    #expect(
      result.parameters == [
        "SourceSnapshotId": .string(Fixture.snap), "SourceRegion": .string("us-east-1"), "Encrypted": .boolean(true),
        "DestinationAvailabilityZone": .string("us-east-1-bos-1a"),
      ])
    #expect(
      result.cli
        == "aws ec2 copy-snapshot --region us-east-1 --source-region us-east-1 --source-snapshot-id snap-0123456789abcdef0 --destination-availability-zone us-east-1-bos-1a --encrypted"
    )
    var timed = Fixture.snapshot()
    timed.completionDurationMinutes = 30
    #expect(plan(timed, catalog: Fixture.catalog).parameters["CompletionDurationMinutes"] == .integer(30))
    #expect(plan(timed, catalog: Fixture.catalog).parameters["SnapshotCopyCompletionDurationMinutes"] == nil)
  }

  @Test func clientTokenOnlyWhenGiven() {
    #expect(plan(Fixture.image(), catalog: Fixture.catalog).parameters["ClientToken"] == nil)
  }

  @Test func invalidPlanStillShowsWhatItCan() {
    var request = Fixture.image()
    request.name = nil
    let result = plan(request, catalog: Fixture.catalog)
    #expect(!result.valid)
    #expect(result.call == nil)
    #expect(result.region == "eu-west-1")
    #expect(result.parameters["SourceImageId"] == .string(Fixture.ami))
  }

  // MARK: - Findings order

  @Test func errorsComeFirstThenWarningsThenInfo() {
    var request = Fixture.image(
      from: SourceSpec(id: Fixture.ami, localZone: "us-east-1-bos-1a"),
      to: DestinationSpec(localZone: "us-east-1-mia-1a"))
    request.name = "x"
    request.dryRun = true
    let severities = plan(request, catalog: Fixture.catalog).findings.map(\.severity)
    #expect(severities == [.error, .warning, .info, .info])
  }

  // MARK: - Shell quoting

  @Test(arguments: [
    ("plain-word_1.2/x:y@z", "plain-word_1.2/x:y@z"), ("two words", "'two words'"), ("it's", "'it'\\''s'"),
    ("", "''"), ("$HOME", "'$HOME'"), ("a;rm -rf", "'a;rm -rf'"), ("a'b'c", "'a'\\''b'\\''c'"),
    ("café's", "'café'\\''s'"), ("'", "''\\'''"),
  ])
  func shellQuoting(_ word: String, _ quoted: String) {
    #expect(ShellQuoting.quote(word) == quoted)
  }

  @Test func tagJSONIsEscapedInsideTheQuotes() {
    var request = Fixture.snapshot()
    request.tags = TagSets(snapshot: [Tag(key: "note", value: "it's \"x\"\n")])
    let cli = plan(request, catalog: Fixture.catalog).cli ?? ""
    #expect(
      cli.hasSuffix(
        #"--tag-specifications '[{"ResourceType":"snapshot","Tags":[{"Key":"note","Value":"it'\''s \"x\"\n"}]}]'"#))
  }

  // MARK: - Fan-out

  @Test func fanOutPlansEachDestinationWithItsOwnKey() {
    var request = Fixture.image()
    request.encrypted = true
    request.kmsKeyId = "alias/default"
    request.destinations = [
      DestinationSpec(region: "eu-west-1", kmsKeyId: "alias/eu"),
      DestinationSpec(localZone: "us-east-1-bos-1a"),
    ]
    let plans = planAll(request, catalog: Fixture.catalog)
    #expect(plans.map(\.region) == ["eu-west-1", "us-east-1"])
    #expect(plans.map { $0.parameters["KmsKeyId"] } == [.string("alias/eu"), .string("alias/default")])
    #expect(plans.allSatisfy { $0.valid })
  }

  @Test func fanOutRefusesOneClientTokenForManyCopies() {
    var request = Fixture.image()
    request.clientToken = "runbook-1"
    request.destinations = [DestinationSpec(region: "eu-west-1"), DestinationSpec(region: "us-west-2")]
    let plans = planAll(request, catalog: Fixture.catalog)
    #expect(plans.map(\.errors) == Array(repeating: [RuleHit("client-token-fan-out", "clientToken")], count: 2))
    request.destinations = [DestinationSpec(region: "eu-west-1")]
    #expect(planAll(request, catalog: Fixture.catalog).map(\.valid) == [true])
  }

  @Test func emptyFanOutIsAnError() {
    var request = Fixture.image()
    request.destinations = []
    #expect(
      planAll(request, catalog: Fixture.catalog).map(\.errors) == [[RuleHit("destinations-empty", "destinations")]])
  }

  @Test func withoutDestinationsPlanAllIsPlan() {
    #expect(planAll(Fixture.image(), catalog: Fixture.catalog) == [plan(Fixture.image(), catalog: Fixture.catalog)])
  }
}

// MARK: - Fan-out names

@Suite struct FanOutNameTests {
  private func fanOut(_ destinations: [DestinationSpec]) -> CopyRequest {
    var request = Fixture.image()
    request.destinations = destinations
    return request
  }

  @Test func eachDestinationMayNameItsOwnCopy() {
    let plans = planAll(
      fanOut([DestinationSpec(localZone: "us-east-1-bos-1a", name: "app-bos"), DestinationSpec(region: "eu-west-1")]),
      catalog: Fixture.catalog)
    #expect(plans.map { $0.parameters["Name"] } == [.string("app-bos"), .string("app-server-2026-11-26")])
    #expect(plans.allSatisfy { $0.valid })
  }

  @Test func twoCopiesLandingInOneRegionUnderOneNameAreRefused() {
    // Both Local Zones' copies are registered in their parent Region, us-east-1.
    let plans = planAll(
      fanOut([DestinationSpec(localZone: "us-east-1-bos-1a"), DestinationSpec(localZone: "us-east-1-mia-1a")]),
      catalog: Fixture.catalog)
    #expect(plans[0].valid)
    #expect(plans[1].errors == [RuleHit("fan-out-duplicate-name", "name")])
  }

  @Test func proposedNamesAppendThePlaceWhereCopiesShareARegion() {
    var request = fanOut([
      DestinationSpec(region: "us-east-1"), DestinationSpec(localZone: "us-east-1-bos-1a"),
      DestinationSpec(outpostArn: Fixture.eastOutpost), DestinationSpec(region: "eu-west-1"),
    ])
    let names = FanOutNames.propose(request, catalog: Fixture.catalog)
    #expect(
      names == [
        "app-server-2026-11-26", "app-server-2026-11-26-us-east-1-bos-1a", "app-server-2026-11-26-op-0123456789abcdef0",
        "app-server-2026-11-26",
      ])
    // Accepted as they are, the duplicate-name rule no longer applies.
    request.destinations = zip(request.destinations ?? [], names).map { spec, name in
      var spec = spec
      spec.name = name
      return spec
    }
    let plans = planAll(request, catalog: Fixture.catalog)
    #expect(!plans.contains { $0.findings.contains { $0.rule == "fan-out-duplicate-name" } })
  }

  @Test func aProposedNameKeepsThePlaceWithin128Characters() {
    var request = fanOut([
      DestinationSpec(localZone: "us-east-1-bos-1a"), DestinationSpec(localZone: "us-east-1-mia-1a"),
    ])
    request.name = String(repeating: "n", count: 128)
    let names = FanOutNames.propose(request, catalog: Fixture.catalog)
    #expect(names.map(\.count) == [128, 128])
    #expect(names[0].hasSuffix("n-us-east-1-bos-1a"))
  }
}

/// Two plans of one copy that differ only by their client tokens are the same copy once the token
/// (and the snapshot tag that carries it) is set aside.
@Test func aSnapshotPlanWithoutItsTokenTagIsThePlanWithoutAToken() throws {
  var request = CopyRequest(
    resource: .snapshot, source: SourceSpec(id: "snap-0123456789abcdef0", region: "us-east-1"),
    destination: DestinationSpec(region: "eu-west-1"))
  let untokened = try #require(plan(request, catalog: Catalog()).call)
  request.clientToken = "token-1"
  let tokened = try #require(plan(request, catalog: Catalog()).call)
  #expect(tokened.parameters["TagSpecifications"] != nil && untokened.parameters["TagSpecifications"] == nil)
  #expect(tokened.parameters["TagSpecifications"].flatMap(ClientTokenTag.removed(fromSpecifications:)) == nil)
  request.tags = TagSets(snapshot: [Tag(key: "team", value: "core")])
  let withTag = try #require(plan(request, catalog: Catalog()).call)
  request.clientToken = nil
  let withTagNoToken = try #require(plan(request, catalog: Catalog()).call)
  #expect(
    withTag.parameters["TagSpecifications"].flatMap(ClientTokenTag.removed(fromSpecifications:))
      == withTagNoToken.parameters["TagSpecifications"])
}
