/// A KMS key as a key picker needs it: ids, aliases, and whether EBS can use it.
public struct KMSKey: Sendable, Equatable, Codable {
  public var keyId: String
  public var arn: String
  public var aliases: [String]
  public var description: String?
  /// `SYMMETRIC_DEFAULT`, `RSA_2048`, … EBS accepts only symmetric keys.
  public var keySpec: String
  /// The key's state: `Enabled`, `Disabled`, `PendingDeletion`, ….
  public var keyState: String
  /// `AWS` or `CUSTOMER`.
  public var keyManager: String

  public init(
    keyId: String, arn: String, aliases: [String] = [], description: String? = nil,
    keySpec: String = "SYMMETRIC_DEFAULT", keyState: String = "Enabled", keyManager: String = "CUSTOMER"
  ) {
    self.keyId = keyId
    self.arn = arn
    self.aliases = aliases
    self.description = description
    self.keySpec = keySpec
    self.keyState = keyState
    self.keyManager = keyManager
  }

  public var isSymmetric: Bool { keySpec == "SYMMETRIC_DEFAULT" }
  public var isEnabled: Bool { keyState == "Enabled" }

  /// Why EBS cannot encrypt or decrypt with this key, in words; `nil` when it can.
  public var ebsRefusal: String? {
    if !isSymmetric { return "\(keySpec) is asymmetric: EBS encrypts only with symmetric keys." }
    if !isEnabled { return "The key is \(keyState), not Enabled." }
    return nil
  }

  /// What brings a disabled key, or one scheduled for deletion, back into use (the AWS CLI's commands,
  /// for the key's owner); `nil` for a state that has no such fix.
  public func remedy(region: String) -> String? {
    let key = "--key-id \(arn.isEmpty ? keyId : arn) --region \(region)"
    switch keyState {
    case "Disabled": return "Enable it first: aws kms enable-key \(key)"
    case "PendingDeletion":
      return "Cancel its deletion and enable it first: aws kms cancel-key-deletion \(key) && aws kms enable-key \(key)"
    default: return nil
    }
  }
}
