/// Text from outside ferry (AMI names and tags written by other accounts, EC2's error messages, journal and
/// request files) made safe to show on a terminal: every character that could steer the terminal or reorder
/// what is shown is written as a visible escape, `\u009b`.
///
/// Escaped: the C0 controls and DEL (U+0000–U+001F, U+007F), the C1 controls (U+0080–U+009F; U+009B is CSI
/// on terminals that honour C1), and the bidirectional formatting characters — embeddings and overrides
/// (U+202A–U+202E), isolates (U+2066–U+2069), the marks U+200E, U+200F and U+061C. Everything else, wide
/// characters and emoji included, is kept. Backslashes are kept as they are: the escape is for a person to
/// read, and JSON (where a `\u009b` means the same character) stays the same value.
///
/// The one sanitizer: `CellGrid.put` (every TUI cell, and the CLI's tables drawn by `TextTable`) and the CLI's
/// stdout and stderr lines call it. Pure.
public enum TerminalText {
  /// Whether `scalar` must be shown escaped.
  @inline(__always)
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` with every character that needs it escaped; with `keepingNewlines`, `\n` stays a line break
  /// (for a message of several lines that ferry itself put together).
  public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
    guard mayNeedEscape(text) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 12)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar), !(keepingNewlines && scalar == "\n") {
        appendEscape(scalar, to: &output)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// The escaped form of one character, or nil when it is shown as it is.
  public static func escape(_ character: Character) -> String? {
    guard character.unicodeScalars.contains(where: needsEscape) else { return nil }
    return escaped(String(character))
  }

  /// A cheap look at the UTF-8 bytes: printable ASCII never needs escaping, and every escaped scalar above
  /// ASCII starts with 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (U+200E–U+2069).
  @inline(__always)
  static func mayNeedEscape(_ text: String) -> Bool {
    text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }
  }

  private static func appendEscape(_ scalar: Unicode.Scalar, to output: inout String) {
    let digits = Array("0123456789abcdef")
    let value = Int(scalar.value)
    output += "\\u"
    for shift in [12, 8, 4, 0] { output.append(digits[(value >> shift) & 0xF]) }
  }
}
