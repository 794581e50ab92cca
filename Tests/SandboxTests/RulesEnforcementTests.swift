import FerryCloud
import FerryRules
import Foundation
import Testing

@testable import Sandbox

// MARK: - Routes the seed does not support, refused server-side

@Test(arguments: [
  ("a snapshot on an Outpost", copySnapshotCall(to: "us-east-1", source: SandboxSeed.outpostSnapshot)),
  ("an AMI on an Outpost", copyImageCall(to: "us-east-1", source: SandboxSeed.outpostImage)),
  ("a Local Zone AMI to a non-parent Region", copyImageCall(to: "eu-west-1", source: SandboxSeed.localZoneImage)),
  ("across partitions", copyImageCall(to: "cn-north-1", source: SandboxSeed.webServerImage)),
  (
    "a Local Zone snapshot to another zone group",
    copySnapshotCall(
      to: "us-east-1", source: SandboxSeed.localZoneSnapshot,
      extra: ["DestinationAvailabilityZone": .string("us-east-1-mia-1a")])
  ),
  (
    "a Local Zone AMI to an Outpost",
    copyImageCall(
      to: "us-east-1", source: SandboxSeed.localZoneImage,
      extra: ["DestinationOutpostArn": .string(SandboxSeed.outpostUSEast1)])
  ),
])
func unsupportedRoutesAreRefusedWithInvalidParameterCombination(route: String, call: APICall) async {
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "InvalidParameterCombination", "\(route)")
  #expect(error?.message.isEmpty == false)
}

@Test func theRefusalCarriesTheRulesMessage() async throws {
  let call = copySnapshotCall(to: "us-east-1", source: SandboxSeed.outpostSnapshot)
  let error = try #require(await awsError { _ = try await memorySandbox(TestClock()).copy(call) })
  let expected = plan(
    CopyRequest(
      resource: .snapshot, source: SourceSpec(id: SandboxSeed.outpostSnapshot, outpostArn: SandboxSeed.outpostUSEast1),
      destination: DestinationSpec(region: "us-east-1")),
    catalog: SandboxSeed.world().catalog
  ).findings.first { $0.severity == .error }
  #expect(error.message == expected?.message)
}

@Test(arguments: [
  ("a Local Zone AMI to its parent Region", copyImageCall(to: "us-east-1", source: SandboxSeed.localZoneImage)),
  (
    "a Local Zone snapshot within its zone group",
    copySnapshotCall(
      to: "us-west-2", source: "snap-0d4b8e2f6a1c30012", sourceRegion: "us-west-2",
      extra: ["DestinationAvailabilityZone": .string("us-west-2-lax-1a")])
  ),
  ("a Region snapshot within its Region", copySnapshotCall(to: "us-east-1")),
  (
    "an AMI to the Outpost of its Region",
    copyImageCall(
      to: "us-west-2", source: "ami-0c7e5d1a9b3f20021", sourceRegion: "us-west-2",
      extra: ["DestinationOutpostArn": .string(SandboxSeed.outpostUSWest2)])
  ),
])
func supportedRoutesAreAccepted(route: String, call: APICall) async throws {
  let outcome = try await memorySandbox(TestClock()).copy(call)
  #expect(outcome.resourceId.hasPrefix(call.operation == .copyImage ? "ami-" : "snap-"), "\(route)")
}

// MARK: - Field rules, with EC2's codes

@Test(arguments: [
  (copySnapshotCall(to: "eu-west-1", extra: ["KmsKeyId": .string("alias/prod")]), "InvalidParameterDependency"),
  (copySnapshotCall(to: "eu-west-1", extra: ["Encrypted": .boolean(false)]), "InvalidParameterValue"),
  (copyImageCall(to: "eu-west-1", name: "no!"), "InvalidAMIName.Malformed"),
  (
    copySnapshotCall(
      to: "eu-west-1", extra: ["TagSpecifications": .list([tagSpecification("snapshot", [("aws:x", "y")])])]),
    "InvalidParameterValue"
  ),
  (
    copySnapshotCall(
      to: "us-east-1",
      extra: [
        "CompletionDurationMinutes": .integer(60), "DestinationAvailabilityZone": .string(SandboxSeed.localZone),
      ]), "InvalidParameterCombination"
  ),
  (copySnapshotCall(to: "eu-west-1", extra: ["CompletionDurationMinutes": .integer(20)]), "InvalidParameterValue"),
  (
    copyImageCall(
      to: "eu-west-1",
      extra: [
        "Encrypted": .boolean(true), "KmsKeyId": .string("arn:aws:kms:us-east-1:123456789012:alias/prod"),
      ]), "InvalidParameterValue"
  ),
])
func fieldRulesAreRefusedWithEC2Codes(call: APICall, code: String) async {
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == code)
}

@Test func aNotOptedInLocalZoneIsRefused() async {
  let call = copySnapshotCall(
    to: "us-east-1", extra: ["DestinationAvailabilityZone": .string(SandboxSeed.localZoneNotOptedIn)])
  let error = await awsError { _ = try await memorySandbox(TestClock()).copy(call) }
  #expect(error?.code == "OptInRequired")
}

// MARK: - Mapping findings to codes

@Test(arguments: [
  (
    Finding(severity: .error, field: "destination", rule: "outpost-to-region", message: "m"),
    "InvalidParameterCombination"
  ),
  (Finding(severity: .error, field: "source", rule: "cross-partition", message: "m"), "InvalidParameterCombination"),
  (Finding(severity: .error, field: "name", rule: "name-characters", message: "m"), "InvalidAMIName.Malformed"),
  (
    Finding(severity: .error, field: "kmsKeyId", rule: "kms-key-needs-encrypted", message: "m"),
    "InvalidParameterDependency"
  ),
  (Finding(severity: .error, field: "tags", rule: "tag-count", message: "m"), "TagLimitExceeded"),
  (Finding(severity: .error, field: "tags", rule: "tag-key-reserved", message: "m"), "InvalidParameterValue"),
  (Finding(severity: .error, field: "destination", rule: "local-zone-unknown", message: "m"), "InvalidParameterValue"),
  (Finding(severity: .error, field: "destination", rule: "region-not-opted-in", message: "m"), "OptInRequired"),
])
func findingsMapToEC2Codes(finding: Finding, code: String) {
  #expect(FindingErrors.code(for: finding) == code)
}

@Test func onlyErrorFindingsRefuseACall() {
  let warning = Finding(severity: .warning, field: "destination", rule: "local-zone-to-local-zone", message: "w")
  let info = Finding(severity: .info, field: "encrypted", rule: "encryption-to-region", message: "i")
  let error = Finding(severity: .error, field: "name", rule: "name-length", message: "Name is too short.")
  #expect(FindingErrors.error(for: [warning, info]) == nil)
  #expect(FindingErrors.error(for: [warning, error])?.message == "Name is too short.")
  #expect(FindingErrors.error(for: [warning, error])?.code == "InvalidAMIName.Malformed")
}
