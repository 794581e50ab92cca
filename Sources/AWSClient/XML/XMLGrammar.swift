/// The character classes of XML 1.0 (fifth edition) that the scanner needs, as byte and scalar tests.
///
/// https://www.w3.org/TR/xml/#NT-S (white space), #NT-NameStartChar and #NT-NameChar (names),
/// #NT-Char (what a character reference may name). Pure functions.
enum XMLGrammar {
  static let lessThan = UInt8(ascii: "<")
  static let greaterThan = UInt8(ascii: ">")
  static let ampersand = UInt8(ascii: "&")
  static let slash = UInt8(ascii: "/")
  static let bang = UInt8(ascii: "!")
  static let question = UInt8(ascii: "?")
  static let equals = UInt8(ascii: "=")
  static let closingBracket = UInt8(ascii: "]")
  static let hyphen = UInt8(ascii: "-")
  static let semicolon = UInt8(ascii: ";")
  static let carriageReturn: UInt8 = 0x0D
  static let lineFeed: UInt8 = 0x0A

  @inline(__always)
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  // Bit `byte % 64` of the mask for `byte / 64` says whether an ASCII byte may start (continue) a name.
  private static let nameStartBelow64: UInt64 = 0x0400_0000_0000_0000  // `:`
  private static let nameBelow64: UInt64 = 0x07FF_6000_0000_0000  // `-`, `.`, digits, `:`
  private static let nameFrom64: UInt64 = 0x07FF_FFFE_87FF_FFFE  // letters, `_`

  /// An ASCII byte that may start a name: a letter, `_` or `:`.
  @inline(__always)
  static func isNameStart(_ byte: UInt8) -> Bool {
    byte < 0x80 && ((byte < 64 ? nameStartBelow64 : nameFrom64) >> UInt64(byte & 63)) & 1 != 0
  }

  /// An ASCII byte that may continue a name: also digits, `-` and `.`.
  @inline(__always)
  static func isName(_ byte: UInt8) -> Bool {
    byte < 0x80 && ((byte < 64 ? nameBelow64 : nameFrom64) >> UInt64(byte & 63)) & 1 != 0
  }

  /// A non-ASCII scalar that may start a name.
  static func isNameStart(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
      0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      true
    default: false
    }
  }

  /// A non-ASCII scalar that may continue a name.
  static func isName(_ scalar: UInt32) -> Bool {
    isNameStart(scalar) || scalar == 0xB7 || (0x300...0x36F).contains(scalar) || (0x203F...0x2040).contains(scalar)
  }

  /// A scalar XML allows in a document, and so one a character reference may name.
  static func isCharacter(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The character one of the five predefined entities names (`amp`, `lt`, `gt`, `quot`, `apos`).
  static func predefinedEntity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    if name.elementsEqual("amp".utf8) { return "&" }
    if name.elementsEqual("lt".utf8) { return "<" }
    if name.elementsEqual("gt".utf8) { return ">" }
    if name.elementsEqual("quot".utf8) { return "\"" }
    if name.elementsEqual("apos".utf8) { return "'" }
    return nil
  }
}
