/// Hand-written matchers for Region names, standing in for botocore's `regionRegex` patterns.
///
/// Regular expressions are avoided on purpose: these run on every keystroke, and
/// `NSRegularExpression` is neither cheap nor `Sendable`. Pure functions over bytes.
public enum RegionName {
  /// Whether `name` matches `^PREFIX-\w+-\d+$` (`\w` is ASCII letters, digits and `_`).
  public static func matches(_ name: String, prefix: String) -> Bool {
    let bytes = name.utf8
    let prefixBytes = prefix.utf8
    guard bytes.count > prefixBytes.count + 3, bytes.starts(with: prefixBytes) else { return false }
    var rest = bytes.dropFirst(prefixBytes.count)
    guard rest.first == UInt8(ascii: "-") else { return false }
    rest = rest.dropFirst()
    // \w+ then '-': \w cannot contain '-', so the word ends at the next dash.
    var wordLength = 0
    while let byte = rest.first, isWord(byte) {
      wordLength += 1
      rest = rest.dropFirst()
    }
    guard wordLength > 0, rest.first == UInt8(ascii: "-") else { return false }
    rest = rest.dropFirst()
    return !rest.isEmpty && rest.allSatisfy(isDigit)
  }

  /// Whether `name` has a Region's shape: lowercase words of letters and digits joined by single
  /// dashes, at least three of them, the first all letters and the last all digits (`ap-southeast-2`,
  /// `us-gov-west-1`, `eusc-de-east-1`).
  public static func hasRegionShape(_ name: String) -> Bool {
    var words = 0
    var wordLength = 0
    var firstWordHasDigit = false
    var lastWordAllDigits = true
    for byte in name.utf8 {
      if byte == UInt8(ascii: "-") {
        guard wordLength > 0 else { return false }
        words += 1
        wordLength = 0
        lastWordAllDigits = true
        continue
      }
      guard isLowerAlnum(byte) else { return false }
      if words == 0, isDigit(byte) { firstWordHasDigit = true }
      if !isDigit(byte) { lastWordAllDigits = false }
      wordLength += 1
    }
    guard wordLength > 0 else { return false }
    return words + 1 >= 3 && !firstWordHasDigit && lastWordAllDigits && name.utf8.count <= 64
  }

  /// The Region a zone's name starts with: its shortest dash-separated prefix with a Region's shape
  /// (`us-east-1-bos-1a` → `us-east-1`, `us-gov-west-1-xyz-1a` → `us-gov-west-1`), or the name itself
  /// when it is a Region's; `nil` for a name that starts with no Region (a zone id such as `use1-bos1-az1`).
  public static func parentRegion(ofZone zone: String) -> String? {
    var end = zone.startIndex
    while let dash = zone[end...].firstIndex(of: "-") {
      let prefix = String(zone[..<dash])
      if hasRegionShape(prefix) { return prefix }
      end = zone.index(after: dash)
    }
    return hasRegionShape(zone) ? zone : nil
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  static func isLowerAlnum(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
  }

  static func isWord(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == UInt8(ascii: "_")
      || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}
