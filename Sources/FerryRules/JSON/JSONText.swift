/// Writes JSON string literals (RFC 8259 §7): quotes, backslashes and control characters escaped.
///
/// Shared by the CLI line's tag specifications and by `ferry plan`'s JSON output. Pure.
public enum JSONText {
  public static func appendString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{00}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// `text` as a JSON string literal.
  public static func string(_ text: String) -> String {
    var output = ""
    appendString(text, to: &output)
    return output
  }
}
