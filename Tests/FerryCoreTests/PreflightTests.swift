import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

@testable import FerryCore

/// The preflight against the sandbox: an error only where the copy would certainly fail, a warning
/// where a check cannot be made.
@Suite struct PreflightTests {
  private let sandbox = SandboxAccount(directory: nil, now: { Date(timeIntervalSince1970: 1_795_000_000) })

  private func call(
    _ image: String, region: String = "eu-west-1", name: String = "copy-1", key: String? = nil
  ) -> APICall {
    var parameters: [String: APIValue] = [
      "SourceImageId": .string(image), "SourceRegion": .string("us-east-1"), "Name": .string(name),
    ]
    if let key { parameters["KmsKeyId"] = .string(key) }
    return APICall(operation: .copyImage, region: region, parameters: parameters)
  }

  @Test func aSourceKeyYouMayNotDescribeIsAWarningNotARefusal() async throws {
    // The partner's key: DescribeKey is denied, but a key policy may still allow its use through EC2.
    let image = try #require(
      try await sandbox.images(
        in: "us-east-1", query: ImageQuery(imageIds: [SandboxSeed.sharedEncryptedImage]), nextToken: nil
      ).items.first)
    let keys = image.blockDevices.compactMap(\.kmsKeyId)
    #expect(!keys.isEmpty)
    let input = PreflightInput(
      call: call(SandboxSeed.sharedEncryptedImage), sourceRegion: "us-east-1", sourceKeyIds: keys, imageName: "copy-1")
    let findings = await Preflight(account: sandbox).sourceKeys(input)
    #expect(findings.map(\.rule) == Array(repeating: "preflight-source-key", count: keys.count))
    #expect(findings.allSatisfy { $0.severity == .warning && $0.message.contains("(AccessDeniedException)") })
    #expect(findings.first?.message.contains("could not be verified") == true)
  }

  @Test func aSourceKeyScheduledForDeletionIsAnErrorNamingTheKey() async throws {
    let image = try #require(
      try await sandbox.images(
        in: "us-east-1", query: ImageQuery(imageIds: [SandboxSeed.inaccessibleKeyImage]), nextToken: nil
      ).items.first)
    let keys = image.blockDevices.compactMap(\.kmsKeyId)
    let input = PreflightInput(
      call: call(SandboxSeed.inaccessibleKeyImage), sourceRegion: "us-east-1", sourceKeyIds: keys, imageName: "c")
    let findings = await Preflight(account: sandbox).sourceKeys(input)
    #expect(findings.map(\.severity) == [.error])
    #expect(findings.first?.message.contains(keys[0]) == true)
    #expect(findings.first?.message.contains("PendingDeletion") == true)
    // And how to bring it back, for the key's owner.
    #expect(
      findings.first?.message.hasSuffix(
        "aws kms cancel-key-deletion --key-id \(keys[0]) --region us-east-1 && aws kms enable-key --key-id \(keys[0]) --region us-east-1"
      ) == true)
  }

  @Test(
    arguments: [
      ("Disabled", "Enable it first: aws kms enable-key --key-id arn:k --region eu-west-1"),
      (
        "PendingDeletion",
        "Cancel its deletion and enable it first: aws kms cancel-key-deletion --key-id arn:k --region eu-west-1 && aws kms enable-key --key-id arn:k --region eu-west-1"
      ),
      ("PendingImport", nil), ("Enabled", nil),
    ] as [(String, String?)])
  func aKeyOutOfUseSaysHowToBringItBack(state: String, remedy: String?) {
    #expect(KMSKey(keyId: "k", arn: "arn:k", keyState: state).remedy(region: "eu-west-1") == remedy)
  }

  @Test(arguments: [
    ("alias/nowhere", Finding.Severity.error, "does not exist in eu-west-1"),
    ("alias/backup", .info, "exists in eu-west-1"),
    (
      "arn:aws:kms:eu-west-1:\(SandboxSeed.partnerAccountId):key/1234abcd-12ab-34cd-56ef-1234567890ab", .error,
      "does not exist in eu-west-1"
    ),
  ])
  func theDestinationKeyIsCheckedInTheDestinationRegion(key: String, severity: Finding.Severity, words: String) async {
    let findings = await Preflight(account: sandbox).destinationKey(call(SandboxSeed.webServerImage, key: key))
    #expect(findings.map(\.severity) == [severity])
    #expect(findings.first?.message.contains(words) == true, "\(findings)")
  }

  @Test func anAsymmetricDestinationKeyIsAnError() async {
    let findings = await Preflight(account: sandbox).destinationKey(
      call(SandboxSeed.webServerImage, region: "us-east-1", key: "alias/signing-rsa"))
    #expect(findings.map(\.severity) == [.error])
    #expect(findings.first?.message.contains("asymmetric") == true)
  }

  @Test func aPassingDryRunIsAnInfoFinding() async {
    let findings = await Preflight(account: sandbox).dryRun(call(SandboxSeed.webServerImage))
    #expect(
      findings == [
        Finding(.info, "dryRun", .preflightDryRun, "Dry run passed: you may call CopyImage in eu-west-1.")
      ])
  }

  @Test func anImageWithTheSameNameInTheDestinationIsAnError() async throws {
    let existing = try await sandbox.images(in: "us-east-1", query: .init(owners: ["self"]), nextToken: nil).items[0]
    let input = PreflightInput(
      call: call(SandboxSeed.webServerImage, region: "us-east-1", name: existing.name),
      sourceRegion: "us-east-1", sourceKeyIds: [], imageName: existing.name)
    let findings = await Preflight(account: sandbox).sameName(input)
    #expect(findings.map(\.rule) == ["preflight-name-taken"])
    #expect(findings.first?.message.contains(existing.id) == true)
  }

  @Test func aPlanWithAnErrorIsNotPreflighted() async {
    let plans = await Preflight(account: sandbox).run([Plan(findings: [])], facts: [nil])
    #expect(plans == [Plan(findings: [])])
  }
}
