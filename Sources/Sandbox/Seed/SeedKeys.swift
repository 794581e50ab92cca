import FerryCloud

/// The seeded KMS keys: in every enabled Region the AWS-managed `alias/aws/ebs` and the customer keys
/// `alias/prod` and `alias/backup`; in us-east-1 also an asymmetric RSA key (EBS refuses it), a
/// disabled key and a key scheduled for deletion (the account has lost it: what it encrypts can no
/// longer be copied); and the partner account's key that encrypts the snapshots it shares, on which
/// this account has no grant (DescribeKey is denied).
enum SeedKeys {
  static func all(regions: [SandboxRegion]) -> [KeyRecord] {
    regions.filter(\.isEnabled).flatMap(standardKeys) + extraKeysUSEast1 + [partnerKey]
  }

  private static func standardKeys(in region: SandboxRegion) -> [KeyRecord] {
    [
      key(
        region, "alias/aws/ebs", "Default key that protects my EBS volumes when no other key is defined",
        manager: "AWS"),
      key(region, "alias/prod", "Production workloads (EBS, S3)"),
      key(region, "alias/backup", "Backups and cross-Region copies"),
    ]
  }

  private static let usEast1 = SandboxRegion("us-east-1")

  private static let extraKeysUSEast1: [KeyRecord] = [
    key(usEast1, "alias/signing-rsa", "Release signing (asymmetric, sign/verify)", spec: "RSA_2048"),
    key(usEast1, "alias/retired-2023", "Retired with the 2023 platform", state: "Disabled"),
    key(usEast1, "alias/legacy-vault", "Legacy HSM-backed vault; scheduled for deletion", state: "PendingDeletion"),
  ]

  /// The partner's key: the sandbox account was never given a grant on it.
  static let partnerKey = KeyRecord(
    key: KMSKey(
      keyId: StableID.keyId("partner/us-east-1"),
      arn: "arn:aws:kms:us-east-1:\(SandboxSeed.partnerAccountId):key/\(StableID.keyId("partner/us-east-1"))",
      aliases: ["alias/partner-share"], description: "Partner data sharing"),
    region: "us-east-1", accountId: SandboxSeed.partnerAccountId, usableBySandbox: false)

  private static func key(
    _ region: SandboxRegion, _ alias: String, _ description: String, manager: String = "CUSTOMER",
    spec: String = "SYMMETRIC_DEFAULT", state: String = "Enabled", usable: Bool = true
  ) -> KeyRecord {
    let id = StableID.keyId("\(region.name)/\(alias)")
    let arn = "arn:\(region.partition):kms:\(region.name):\(SandboxSeed.accountId):key/\(id)"
    return KeyRecord(
      key: KMSKey(
        keyId: id, arn: arn, aliases: [alias], description: description, keySpec: spec, keyState: state,
        keyManager: manager),
      region: region.name, accountId: SandboxSeed.accountId, usableBySandbox: usable)
  }
}
