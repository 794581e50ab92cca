import FerryCloud

/// A KMS key as the sandbox keeps it: the key, where it lives, and whether this account may use it.
///
/// `usableBySandbox` is false for a key whose policy grants the sandbox account nothing (its
/// CreateGrant and Decrypt fail): snapshots encrypted with it can be listed but every copy of them
/// ends in error with "Given key ID is not accessible", the silent failure EBS really has.
struct KeyRecord: Sendable, Equatable {
  var key: KMSKey
  var region: String
  var accountId: String
  var usableBySandbox: Bool

  /// The ARN of each alias, as KMS spells it (`arn:aws:kms:REGION:ACCOUNT:alias/NAME`).
  var aliasArns: [String] {
    let prefix = key.arn.components(separatedBy: ":key/").first ?? key.arn
    return key.aliases.map { "\(prefix):\($0)" }
  }

  /// True when `reference` names this key by id, alias, key ARN or alias ARN.
  func isNamed(by reference: String) -> Bool {
    reference == key.keyId || reference == key.arn || key.aliases.contains(reference)
      || aliasArns.contains(reference)
  }
}
