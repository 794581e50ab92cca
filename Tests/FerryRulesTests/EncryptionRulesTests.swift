import FerryRules
import Testing

private struct EncryptionCase: CustomTestStringConvertible, Sendable {
  var label: String
  var request: CopyRequest
  var facts: SourceFacts?
  var errors: [RuleHit]
  var testDescription: String { label }
}

private func with(_ request: CopyRequest, encrypted: Bool?, key: String? = nil) -> CopyRequest {
  var copy = request
  copy.encrypted = encrypted
  copy.kmsKeyId = key
  return copy
}

private let keyId = "1234abcd-12ab-34cd-56ef-1234567890ab"
private let euKeyARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
private let toOutpost = Fixture.image(to: DestinationSpec(outpostArn: Fixture.eastOutpost))

private let encryptionCases: [EncryptionCase] = [
  EncryptionCase(
    label: "snapshot encrypted=false", request: with(Fixture.snapshot(), encrypted: false),
    errors: [RuleHit("snapshot-encrypted-false", "encrypted")]),
  EncryptionCase(label: "snapshot encrypted=true", request: with(Fixture.snapshot(), encrypted: true), errors: []),
  EncryptionCase(
    label: "image encrypted=false, source unknown", request: with(Fixture.image(), encrypted: false), errors: []),
  EncryptionCase(
    label: "image encrypted=false, source encrypted", request: with(Fixture.image(), encrypted: false),
    facts: SourceFacts(encrypted: true), errors: [RuleHit("unencrypted-copy-of-encrypted", "encrypted")]),
  EncryptionCase(
    label: "key without encrypted", request: with(Fixture.image(), encrypted: nil, key: keyId),
    errors: [RuleHit("kms-key-needs-encrypted", "kmsKeyId")]),
  EncryptionCase(
    label: "key with encrypted=false", request: with(Fixture.image(), encrypted: false, key: keyId),
    errors: [RuleHit("kms-key-needs-encrypted", "kmsKeyId")]),
  EncryptionCase(label: "key id", request: with(Fixture.image(), encrypted: true, key: keyId), errors: []),
  EncryptionCase(
    label: "multi-Region key id",
    request: with(Fixture.image(), encrypted: true, key: "mrk-1234abcd12ab34cd56ef1234567890ab"), errors: []),
  EncryptionCase(label: "alias", request: with(Fixture.image(), encrypted: true, key: "alias/backup"), errors: []),
  EncryptionCase(
    label: "key ARN in the destination Region", request: with(Fixture.image(), encrypted: true, key: euKeyARN),
    errors: []),
  EncryptionCase(
    label: "alias ARN in the destination Region",
    request: with(Fixture.image(), encrypted: true, key: "arn:aws:kms:eu-west-1:111122223333:alias/backup"), errors: []),
  EncryptionCase(
    label: "key ARN in the source Region",
    request: with(
      Fixture.image(), encrypted: true,
      key: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
    errors: [RuleHit("kms-key-region", "kmsKeyId")]),
  EncryptionCase(
    label: "key ARN in another partition",
    request: with(Fixture.image(), encrypted: true, key: "arn:aws-cn:kms:eu-west-1:111122223333:alias/backup"),
    errors: [RuleHit("kms-key-partition", "kmsKeyId")]),
  EncryptionCase(
    label: "key ARN for a Local Zone destination is checked against the parent Region",
    request: with(Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a")), encrypted: true, key: euKeyARN),
    errors: [RuleHit("kms-key-region", "kmsKeyId")]),
  EncryptionCase(
    label: "not a key", request: with(Fixture.image(), encrypted: true, key: "backup"),
    errors: [RuleHit("kms-key-format", "kmsKeyId")]),
  EncryptionCase(
    label: "short UUID", request: with(Fixture.image(), encrypted: true, key: "1234abcd-12ab-34cd-56ef-1234567890a"),
    errors: [RuleHit("kms-key-format", "kmsKeyId")]),
  EncryptionCase(
    label: "empty alias", request: with(Fixture.image(), encrypted: true, key: "alias/"),
    errors: [RuleHit("kms-key-format", "kmsKeyId")]),
  EncryptionCase(
    label: "an S3 ARN", request: with(Fixture.image(), encrypted: true, key: "arn:aws:s3:::bucket/key"),
    errors: [RuleHit("kms-key-format", "kmsKeyId")]),
  EncryptionCase(
    label: "unencrypted to an Outpost", request: with(toOutpost, encrypted: false),
    errors: [RuleHit("outpost-requires-encryption", "encrypted")]),
  EncryptionCase(label: "default encryption to an Outpost", request: with(toOutpost, encrypted: nil), errors: []),
]

@Suite struct EncryptionRulesTests {
  @Test(arguments: encryptionCases)
  fileprivate func encryptionRules(_ item: EncryptionCase) {
    let result = plan(item.request, catalog: Fixture.catalog, facts: item.facts)
    #expect(result.errors == item.errors)
  }

  // MARK: - What happens to encryption on each route (info)

  @Test(arguments: [
    (Fixture.image(), "encryption-to-region"),
    (toOutpost, "encryption-to-outpost"),
    (Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a")), "encryption-to-local-zone"),
    (Fixture.snapshot(), "encryption-to-region"),
  ])
  func outcomeIsSaidOnEveryRoute(_ request: CopyRequest, _ rule: String) {
    let infos = plan(request, catalog: Fixture.catalog).findings.filter { $0.severity == .info }
    #expect(infos.map(\.rule) == [rule])
    #expect(infos.first?.field == "encrypted")
  }

  @Test func localZoneThatRequiresEncryptionEncryptsAutomatically() {
    var catalog = Fixture.catalog
    catalog.zones = catalog.zones.map { zone in
      var zone = zone
      if zone.name == "us-east-1-bos-1a" { zone.requiresEncryptedSnapshots = true }
      return zone
    }
    let request = Fixture.image(to: DestinationSpec(localZone: "us-east-1-bos-1a"))
    let finding = plan(request, catalog: catalog).findings.first { $0.rule == "encryption-to-local-zone-required" }
    #expect(finding?.severity == .info)
    #expect(finding?.message.contains("encrypted automatically") == true)
  }

  @Test func outpostOutcomeNamesTheKey() {
    let request = with(toOutpost, encrypted: true, key: "alias/outpost")
    let finding = plan(request, catalog: Fixture.catalog).findings.first { $0.rule == "encryption-to-outpost" }
    #expect(finding?.message.contains("alias/outpost") == true)
  }

  // MARK: - Facts from the live source

  @Test func sharedEncryptedSourceWarnsAboutTheKey() {
    let facts = SourceFacts(
      encrypted: true, kmsKeyIds: ["arn:aws:kms:us-east-1:444455556666:key/k"],
      ownerAccount: "444455556666", callerAccount: "111122223333")
    let result = plan(Fixture.image(), catalog: Fixture.catalog, facts: facts)
    #expect(result.warnings == [RuleHit("shared-encrypted-source", "source")])
    #expect(result.valid)
    let own = SourceFacts(encrypted: true, ownerAccount: "111122223333", callerAccount: "111122223333")
    #expect(plan(Fixture.image(), catalog: Fixture.catalog, facts: own).warnings == [])
  }

  @Test func twoArgumentPlanIgnoresFacts() {
    let request = with(Fixture.image(), encrypted: false)
    #expect(plan(request, catalog: Fixture.catalog) == plan(request, catalog: Fixture.catalog, facts: nil))
  }

  // MARK: - Key forms

  @Test func keyForms() {
    #expect(KMSKeyID(keyId) == .keyId(keyId))
    #expect(KMSKeyID("alias/aws/ebs") == .alias("alias/aws/ebs"))
    #expect(KMSKeyID(euKeyARN)?.arn?.region == "eu-west-1")
    if case .aliasARN = KMSKeyID("arn:aws:kms:eu-west-1:111122223333:alias/x") {} else { Issue.record("alias ARN") }
    #expect(KMSKeyID("arn:aws:kms:eu-west-1:111122223333:key/nope") == nil)
    #expect(KMSKeyID("mrk-123") == nil)
  }
}
