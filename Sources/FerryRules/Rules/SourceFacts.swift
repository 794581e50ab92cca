/// What is known about the source from the account itself (DescribeImages / DescribeSnapshots, STS).
///
/// Optional input to `plan(_:catalog:facts:)`: when a fact is known, the rules that depend on it fire
/// ("you cannot create an unencrypted copy of an encrypted snapshot"); when it is `nil`, they stay silent.
public struct SourceFacts: Sendable, Equatable {
  /// Whether the source (for an AMI: any of its snapshots) is encrypted.
  public var encrypted: Bool?
  /// The KMS keys of the source's snapshots, as ARNs or ids.
  public var kmsKeyIds: [String]
  /// The account that owns the source.
  public var ownerAccount: String?
  /// The caller's account (STS GetCallerIdentity).
  public var callerAccount: String?

  public init(
    encrypted: Bool? = nil, kmsKeyIds: [String] = [], ownerAccount: String? = nil, callerAccount: String? = nil
  ) {
    self.encrypted = encrypted
    self.kmsKeyIds = kmsKeyIds
    self.ownerAccount = ownerAccount
    self.callerAccount = callerAccount
  }

  /// Whether the source belongs to another account than the caller's (both must be known).
  public var isShared: Bool {
    guard let ownerAccount, let callerAccount else { return false }
    return ownerAccount != callerAccount
  }
}
