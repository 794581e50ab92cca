import FerryRules
import Testing

/// One change to the valid AMI request and the errors it must give (empty: still valid).
private struct FieldCase: CustomTestStringConvertible, Sendable {
  var label: String
  var request: CopyRequest
  var errors: [RuleHit]
  var testDescription: String { label }
}

private func image(_ label: String, _ errors: [RuleHit], _ change: (inout CopyRequest) -> Void) -> FieldCase {
  var request = Fixture.image()
  change(&request)
  return FieldCase(label: label, request: request, errors: errors)
}

private func snapshot(_ label: String, _ errors: [RuleHit], _ change: (inout CopyRequest) -> Void) -> FieldCase {
  var request = Fixture.snapshot()
  change(&request)
  return FieldCase(label: label, request: request, errors: errors)
}

private let x = "x"

// MARK: - Tables

private let nameCases: [FieldCase] = [
  image("no name", [RuleHit("name-required", "name")]) { $0.name = nil },
  image("2-character name", [RuleHit("name-length", "name")]) { $0.name = "ab" },
  image("3-character name", []) { $0.name = "abc" },
  image("128-character name", []) { $0.name = String(repeating: x, count: 128) },
  image("129-character name", [RuleHit("name-length", "name")]) { $0.name = String(repeating: x, count: 129) },
  image("every allowed character", []) { $0.name = "Az09 ()[]./-'@_" },
  image("a colon", [RuleHit("name-characters", "name")]) { $0.name = "app:server" },
  image("a non-ASCII letter", [RuleHit("name-characters", "name")]) { $0.name = "café-server" },
  image("empty name", [RuleHit("name-length", "name")]) { $0.name = "" },
  snapshot("a name on a snapshot", [RuleHit("name-not-for-snapshots", "name")]) { $0.name = "abc" },
  snapshot("copyImageTags on a snapshot", [RuleHit("copy-image-tags-not-for-snapshots", "copyImageTags")]) {
    $0.copyImageTags = true
  },
]

private let sourceIdCases: [FieldCase] = [
  image("17-hex AMI id", []) { $0.source.id = "ami-0123456789abcdef0" },
  image("8-hex AMI id", []) { $0.source.id = "ami-0123abcd" },
  image("9-hex AMI id", [RuleHit("source-id", "source")]) { $0.source.id = "ami-0123abcde" },
  image("uppercase hex", [RuleHit("source-id", "source")]) { $0.source.id = "ami-0123ABCD" },
  image("a snapshot id for an image", [RuleHit("source-id", "source")]) { $0.source.id = "snap-0123abcd" },
  snapshot("8-hex snapshot id", []) { $0.source.id = "snap-0123abcd" },
  snapshot("an AMI id for a snapshot", [RuleHit("source-id", "source")]) { $0.source.id = "ami-0123456789abcdef0" },
  snapshot("empty id", [RuleHit("source-id", "source")]) { $0.source.id = "" },
]

private let descriptionAndTokenCases: [FieldCase] = [
  image("255-character description", []) { $0.description = String(repeating: x, count: 255) },
  image("256-character description", [RuleHit("description-length", "description")]) {
    $0.description = String(repeating: x, count: 256)
  },
  image("64-character client token", []) { $0.clientToken = String(repeating: x, count: 64) },
  image("65-character client token", [RuleHit("client-token-format", "clientToken")]) {
    $0.clientToken = String(repeating: x, count: 65)
  },
  image("empty client token", [RuleHit("client-token-format", "clientToken")]) { $0.clientToken = "" },
  image("client token with a space", [RuleHit("client-token-format", "clientToken")]) { $0.clientToken = "run book" },
  image("client token with non-ASCII", [RuleHit("client-token-format", "clientToken")]) {
    $0.clientToken = "runbook-é"
  },
  image("dry run", []) { $0.dryRun = true },
]

private let durationCases: [FieldCase] = [
  image("0 minutes", [RuleHit("completion-duration-range", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 0
  },
  image("15 minutes", []) { $0.completionDurationMinutes = 15 },
  image("20 minutes", [RuleHit("completion-duration-step", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 20
  },
  image("2880 minutes", []) { $0.completionDurationMinutes = 2880 },
  image("2895 minutes", [RuleHit("completion-duration-range", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 2895
  },
  image("-15 minutes", [RuleHit("completion-duration-range", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = -15
  },
  image("to a Local Zone", [RuleHit("completion-duration-local-zone", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 60
    $0.destination = DestinationSpec(localZone: "us-east-1-bos-1a")
  },
  image("from a Local Zone", [RuleHit("completion-duration-local-zone", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 60
    $0.source = SourceSpec(id: Fixture.ami, localZone: "us-east-1-bos-1a")
    $0.destination = DestinationSpec(region: "us-east-1")
  },
  image("to an Outpost", [RuleHit("completion-duration-outpost", "completionDurationMinutes")]) {
    $0.completionDurationMinutes = 60
    $0.destination = DestinationSpec(outpostArn: Fixture.eastOutpost)
  },
  snapshot("snapshot 45 minutes", []) { $0.completionDurationMinutes = 45 },
]

@Suite struct FieldRulesTests {
  @Test(arguments: nameCases)
  fileprivate func names(_ item: FieldCase) { expectErrors(item) }

  @Test(arguments: sourceIdCases)
  fileprivate func sourceIds(_ item: FieldCase) { expectErrors(item) }

  @Test(arguments: descriptionAndTokenCases)
  fileprivate func descriptionsAndClientTokens(_ item: FieldCase) { expectErrors(item) }

  @Test(arguments: durationCases)
  fileprivate func completionDurations(_ item: FieldCase) { expectErrors(item) }

  private func expectErrors(_ item: FieldCase) {
    let result = plan(item.request, catalog: Fixture.catalog)
    #expect(result.errors == item.errors)
    #expect(result.valid == item.errors.isEmpty)
  }

  // MARK: - Messages an operator can act on

  @Test func stepMessageSuggestsNeighbours() {
    var request = Fixture.image()
    request.completionDurationMinutes = 20
    let message = plan(request, catalog: Fixture.catalog).findings.first?.message ?? ""
    #expect(message.contains("try 15 or 30"))
  }

  @Test func dryRunIsSaidPlainly() {
    var request = Fixture.image()
    request.dryRun = true
    let result = plan(request, catalog: Fixture.catalog)
    #expect(result.findings.contains { $0.rule == "dry-run" && $0.severity == .info })
    #expect(result.parameters["DryRun"] == .boolean(true))
  }
}
