/// A KMS key as CopyImage and CopySnapshot accept it, in one of its four forms.
///
/// "You can specify a KMS key using any of the following: Key ID …, Key alias (alias/ExampleAlias), Key
/// ARN …, Alias ARN …" — https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html.
/// Key ids are UUIDs, or `mrk-` and 32 hex digits for multi-Region keys. Pure parsing.
public enum KMSKeyID: Sendable, Equatable {
  case keyId(String)
  case alias(String)
  case keyARN(ARN)
  case aliasARN(ARN)

  /// Parses `text`, or returns `nil` when it is none of the four forms.
  public init?(_ text: String) {
    if text.hasPrefix("alias/") {
      guard Self.isAliasName(text.utf8.dropFirst(6)) else { return nil }
      self = .alias(text)
    } else if text.hasPrefix("arn:") {
      guard let arn = ARN(text), arn.service == "kms", RegionName.hasRegionShape(arn.region), arn.hasAccountShape
      else { return nil }
      if arn.resource.hasPrefix("key/"), Self.isKeyId(arn.resource.utf8.dropFirst(4)) {
        self = .keyARN(arn)
      } else if arn.resource.hasPrefix("alias/"), Self.isAliasName(arn.resource.utf8.dropFirst(6)) {
        self = .aliasARN(arn)
      } else {
        return nil
      }
    } else if Self.isKeyId(text.utf8[...]) {
      self = .keyId(text)
    } else {
      return nil
    }
  }

  /// The ARN, for the two ARN forms.
  public var arn: ARN? {
    switch self {
    case .keyARN(let arn), .aliasARN(let arn): arn
    case .keyId, .alias: nil
    }
  }

  /// A UUID (8-4-4-4-12 hex digits) or `mrk-` followed by 32 hex digits.
  static func isKeyId(_ bytes: Substring.UTF8View) -> Bool {
    if bytes.starts(with: "mrk-".utf8) {
      let hex = bytes.dropFirst(4)
      return hex.count == 32 && hex.allSatisfy(Identifier.isHex)
    }
    guard bytes.count == 36 else { return false }
    for (offset, byte) in bytes.enumerated() {
      let isDash = offset == 8 || offset == 13 || offset == 18 || offset == 23
      guard isDash ? byte == UInt8(ascii: "-") : Identifier.isHex(byte) else { return false }
    }
    return true
  }

  /// Alias names: 1–250 of letters, digits, `/`, `_` and `-`.
  static func isAliasName(_ bytes: Substring.UTF8View) -> Bool {
    !bytes.isEmpty && bytes.count <= 250
      && bytes.allSatisfy {
        RegionName.isWord($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-")
      }
  }
}
