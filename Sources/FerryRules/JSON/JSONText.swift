/// Writes JSON string literals (RFC 8259 §7): quotes, backslashes and control characters escaped.
///
/// Shared by the CLI line's tag specifications and by `ferry plan`'s JSON output. Strings that need
/// no escape (nearly all tags) are appended whole. Pure.
public enum JSONText {
  public static func appendString(_ text: String, to output: inout String) {
    output += "\""
    if !text.utf8.contains(where: needsEscape) {
      output += text
    } else {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count + 8)
      for byte in text.utf8 { appendEscaped(byte, to: &bytes) }
      output += String(decoding: bytes, as: UTF8.self)
    }
    output += "\""
  }

  /// Appends `text` as a JSON string literal to UTF-8 bytes.
  public static func appendString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // withUTF8 gives one contiguous buffer even for small strings: a copy, not a byte-by-byte walk.
    var text = text
    text.withUTF8 { bytes in
      if !bytes.contains(where: needsEscape) {
        output.append(contentsOf: bytes)
      } else {
        for byte in bytes { appendEscaped(byte, to: &output) }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `text` as a JSON string literal.
  public static func string(_ text: String) -> String {
    var output = ""
    appendString(text, to: &output)
    return output
  }

  private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): bytes += "\\\"".utf8
    case UInt8(ascii: "\\"): bytes += "\\\\".utf8
    case 0x0A: bytes += "\\n".utf8
    case 0x0D: bytes += "\\r".utf8
    case 0x09: bytes += "\\t".utf8
    case 0x08: bytes += "\\b".utf8
    case 0x0C: bytes += "\\f".utf8
    case ..<0x20:
      let hex = Array("0123456789abcdef".utf8)
      bytes += "\\u00".utf8
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0x0F)])
    default: bytes.append(byte)
    }
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }
}
