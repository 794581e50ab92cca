/// The rules on `encrypted` and `kmsKeyId`, and what happens to encryption on each route.
///
/// Quotes the API reference: CopySnapshot's Encrypted — "You cannot set this parameter to false";
/// KmsKeyId — "If you specify a KMS key, you must also set the encrypted state to true" and "The specified
/// KMS key must exist in the destination Region"; Outposts — "Outposts do not support unencrypted
/// snapshots"; Local Zones — "In Local Zones that require encrypted snapshots, backing snapshots are
/// automatically encrypted during copy". Pure.
enum EncryptionRules {
  static func check(
    _ request: CopyRequest, destination: Location?, facts: SourceFacts?, findings: inout [Finding]
  ) {
    if request.resource == .snapshot, request.encrypted == false {
      findings.append(
        Finding(
          .error, "encrypted", .snapshotEncryptedFalse,
          "CopySnapshot's Encrypted cannot be false: leave encrypted out to keep the snapshot's encryption state, or set it to true to encrypt the copy."
        ))
    } else if request.encrypted == false, facts?.encrypted == true {
      findings.append(
        Finding(
          .error, "encrypted", .unencryptedCopyOfEncrypted,
          "The source is encrypted, and you cannot create an unencrypted copy of an encrypted snapshot; leave encrypted out or set it to true."
        ))
    }
    if let key = request.kmsKeyId { checkKey(key, request: request, destination: destination, findings: &findings) }
    if case .outpost = destination, request.encrypted == false {
      findings.append(
        Finding(
          .error, "encrypted", .outpostRequiresEncryption,
          "Outposts do not support unencrypted snapshots: leave encrypted out or set it to true; the copy is encrypted with the Region's default key or kmsKeyId."
        ))
    }
    if let facts, facts.encrypted == true, facts.isShared {
      findings.append(
        Finding(
          .warning, "source", .sharedEncryptedSource,
          "The source is encrypted and shared from account \(facts.ownerAccount ?? "?"): you need permission to use its KMS key\(facts.kmsKeyIds.isEmpty ? "" : " (\(facts.kmsKeyIds.joined(separator: ", ")))"), or the copy fails."
        ))
    }
    if let destination { outcome(request, destination: destination, facts: facts, findings: &findings) }
  }

  private static func checkKey(
    _ text: String, request: CopyRequest, destination: Location?, findings: inout [Finding]
  ) {
    if request.encrypted != true {
      findings.append(
        Finding(
          .error, "kmsKeyId", .kmsKeyNeedsEncrypted,
          "A KMS key is used only for an encrypted copy: set encrypted to true as well (EC2 requires Encrypted=true with KmsKeyId)."
        ))
    }
    guard let key = KMSKeyID(text) else {
      findings.append(
        Finding(
          .error, "kmsKeyId", .kmsKeyFormat,
          "'\(text)' is not a KMS key: give a key id (1234abcd-12ab-34cd-56ef-1234567890ab or mrk-…), alias/NAME, a key ARN or an alias ARN."
        ))
      return
    }
    guard let arn = key.arn, let destination else { return }
    let region = destination.regionName
    if let partition = Partition.of(region: region).partition, arn.partition != partition.id {
      findings.append(
        Finding(
          .error, "kmsKeyId", .kmsKeyPartition,
          "The KMS key is in partition \(arn.partition), the copy goes to \(region) in \(partition.id); use a key of the destination Region."
        ))
    } else if arn.region != region {
      findings.append(
        Finding(
          .error, "kmsKeyId", .kmsKeyRegion,
          "The KMS key must exist in the destination Region: the key is in \(arn.region), the copy goes to \(region). Use a key in \(region) (or a multi-Region replica there)."
        ))
    }
  }

  /// One info finding saying plainly what encryption the copy will have.
  private static func outcome(
    _ request: CopyRequest, destination: Location, facts: SourceFacts?, findings: inout [Finding]
  ) {
    let key = request.kmsKeyId.map { "the KMS key \($0)" } ?? "your default KMS key for EBS"
    let what = request.resource == .image ? "The AMI's snapshots" : "The snapshot copy"
    switch destination {
    case .outpost:
      findings.append(
        Finding(
          .info, "encrypted", .encryptionToOutpost,
          "\(what) will be encrypted on the Outpost with \(request.kmsKeyId.map { "the KMS key \($0)" } ?? "the Region's default EBS key"): Outposts do not support unencrypted snapshots."
        ))
    case .localZone(let zone) where zone.requiresEncryptedSnapshots == true:
      findings.append(
        Finding(
          .info, "encrypted", .encryptionToLocalZoneRequired,
          "\(zone.name) requires encrypted snapshots: \(what.lowercasedFirst) will be encrypted automatically during the copy, with \(key)."
        ))
    case .localZone(let zone):
      let state = stateSentence(request, what: what, key: key, facts: facts)
      let known =
        zone.requiresEncryptedSnapshots == false
        ? "\(zone.name) does not require encrypted snapshots: "
        : "If \(zone.name) requires encrypted snapshots, they are encrypted automatically during the copy; otherwise "
      findings.append(Finding(.info, "encrypted", .encryptionToLocalZone, known + state.lowercasedFirst))
    case .region:
      findings.append(
        Finding(
          .info, "encrypted", .encryptionToRegion,
          stateSentence(request, what: what, key: key, facts: facts)))
    }
  }

  private static func stateSentence(_ request: CopyRequest, what: String, key: String, facts: SourceFacts?) -> String {
    if request.encrypted == true {
      return "\(what) will be encrypted with \(key)."
    }
    switch facts?.encrypted {
    case true?: return "\(what) will stay encrypted (with \(key) in the destination, unless kmsKeyId names another)."
    case false?:
      return
        "\(what) will stay unencrypted unless EBS encryption by default is on in the destination Region; set encrypted to true to encrypt it."
    case nil:
      return
        "\(what) will keep the source's encryption state: encrypted sources stay encrypted, unencrypted ones stay unencrypted unless encryption by default is on; set encrypted to true to encrypt."
    }
  }
}

extension String {
  /// The string with its first character lowercased ("The AMI's" → "the AMI's").
  fileprivate var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
