/// Shape checks for EC2 resource ids (`ami-…`, `snap-…`).
///
/// EC2 ids are a prefix and 8 (older resources) or 17 lowercase hex digits. Pure byte checks.
public enum Identifier {
  /// The id prefix of a resource: `ami-` or `snap-`.
  public static func prefix(of resource: Resource) -> String {
    switch resource {
    case .image: "ami-"
    case .snapshot: "snap-"
    }
  }

  /// Whether `id` is `prefix` followed by 8 or 17 lowercase hex digits.
  public static func hasShape(_ id: String, prefix: String) -> Bool {
    let bytes = id.utf8
    guard bytes.starts(with: prefix.utf8) else { return false }
    let hex = bytes.dropFirst(prefix.utf8.count)
    return (hex.count == 8 || hex.count == 17) && hex.allSatisfy(isLowerHex)
  }

  static func isLowerHex(_ byte: UInt8) -> Bool {
    RegionName.isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
  }

  static func isHex(_ byte: UInt8) -> Bool {
    isLowerHex(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
  }
}
