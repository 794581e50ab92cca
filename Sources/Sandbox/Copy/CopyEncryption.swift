import FerryCloud

/// Whether a copied snapshot is encrypted, with which key, and whether the keys let the copy finish.
///
/// EBS's rules (seed: "Snapshot encryption"): an encrypted source stays encrypted; an unencrypted
/// one is encrypted when Encrypted=true, on an Outpost ("Outposts do not support unencrypted
/// snapshots") and in a Local Zone that requires encrypted snapshots. The key is KmsKeyId, or the
/// destination Region's `alias/aws/ebs`. Keys are checked asynchronously, as AWS does ("the action can
/// appear to complete, but eventually fails"): a bad key becomes the copy's failure, not an error of
/// the call. Pure.
struct CopyEncryption: Sendable, Equatable {
  var encrypted: Bool
  /// The key ARN the new snapshot reports (or the reference as given, when it names no key).
  var kmsKeyId: String?
  /// Why the copy will fail, if a key stops it.
  var failure: String?

  static let inaccessible = "Given key ID is not accessible"

  init(
    sourceEncrypted: Bool, sourceKeyArn: String?, parameters: CopyParameters,
    destination: CopyAdmission.Destination, world: SandboxWorld
  ) {
    let forced = destination.outpost != nil || destination.zone?.requiresEncryptedSnapshots == true
    encrypted = sourceEncrypted || parameters.encrypted == true || forced
    failure = nil
    kmsKeyId = nil
    if sourceEncrypted {
      let sourceKey = sourceKeyArn.flatMap(world.key(arn:))
      // No grant, disabled or scheduled for deletion: EBS cannot read the source either way.
      if sourceKey?.usableBySandbox != true || sourceKey?.key.isEnabled != true { failure = Self.inaccessible }
    }
    guard encrypted else { return }
    let reference = parameters.kmsKeyId ?? "alias/aws/ebs"
    guard let key = world.ownKey(reference, in: destination.region) else {
      kmsKeyId = reference
      failure = failure ?? Self.inaccessible
      return
    }
    kmsKeyId = key.key.arn
    if failure != nil { return }
    if !key.key.isEnabled {
      failure = "The KMS key \(key.key.arn) is \(key.key.keyState.lowercased()); enable it or choose another key."
    } else if !key.key.isSymmetric {
      failure =
        "The KMS key \(key.key.arn) is asymmetric (\(key.key.keySpec)); Amazon EBS supports only symmetric encryption KMS keys."
    } else if !key.usableBySandbox {
      failure = Self.inaccessible
    }
  }
}
