/// Reads the theme file format: one `role = foreground [background] [attribute…]` per line.
///
///     # comments and blank lines are ignored
///     header        = bright-white blue bold   # the top bar
///     headerSandbox = black yellow bold underline
///     dim           = 244
///     selection     = #1e1e2e #89b4fa
///
/// Colours: `default` (the terminal's own), the eight names `black red green yellow blue magenta
/// cyan white` and their `bright-` forms (ANSI 0–15), a number 0–255 (the 256-colour palette) or
/// `#rrggbb`. Attributes: `bold dim underline reverse italic`. Comments start a line with `#` or
/// follow the style after ` # `. Strict: an unknown role, a repeated
/// role or a bad word is an error naming the line. Roles a file leaves out are plain text. Pure.
public enum ThemeParser {
  static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
  static let attributeNames: [(String, Attributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
  ]

  /// Parses `text` into a theme called `name`; `source` names the file in errors.
  public static func parse(_ text: String, name: String, source: String) throws(ThemeError) -> Theme {
    var styles: [ThemeRole: Style] = [:]
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      func fail(_ message: String) -> ThemeError { ThemeError(source: source, line: lineNumber, message: message) }
      let content = Self.contentBeforeComment(String(rawLine)).trimmingSpaces
      if content.isEmpty { continue }
      let parts = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { throw fail("expected 'role = colour [colour] [attributes]', got '\(content)'") }
      let roleName = String(parts[0]).trimmingSpaces
      guard let role = ThemeRole(rawValue: roleName) else {
        throw fail("unknown role '\(roleName)' (roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      guard styles[role] == nil else { throw fail("role '\(roleName)' is set twice") }
      styles[role] = try parseStyle(String(parts[1]), fail: fail)
    }
    return Theme(name: name, styles: styles)
  }

  /// The line without its comment: a `#` that starts the line or stands alone as a word (`# …`)
  /// begins a comment; `#` glued to hex digits is a colour.
  private static func contentBeforeComment(_ line: String) -> String {
    let characters = Array(line)
    for index in characters.indices where characters[index] == "#" {
      let startsWord = index == 0 || characters[index - 1].isWhitespace
      let endsWord = index + 1 == characters.count || characters[index + 1].isWhitespace
      let startsLine = characters[..<index].allSatisfy(\.isWhitespace)
      if startsLine || (startsWord && endsWord) { return String(characters[..<index]) }
    }
    return line
  }

  private static func parseStyle(_ text: String, fail: (String) -> ThemeError) throws(ThemeError) -> Style {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    var colors: [Color] = []
    var attributes: Attributes = []
    for word in words {
      if let attribute = attributeNames.first(where: { $0.0 == word })?.1 {
        attributes.insert(attribute)
      } else if let color = parseColor(word) {
        guard attributes.isEmpty else { throw fail("colour '\(word)' after an attribute; write colours first") }
        guard colors.count < 2 else {
          throw fail("more than two colours ('\(word)'); expected foreground and background")
        }
        colors.append(color)
      } else {
        throw fail("unknown colour or attribute '\(word)'")
      }
    }
    guard let foreground = colors.first else { throw fail("missing colour after '='") }
    return Style(foreground: foreground, background: colors.count > 1 ? colors[1] : .default, attributes: attributes)
  }

  /// A colour word, or nil when the word is not one.
  static func parseColor(_ word: String) -> Color? {
    if word == "default" { return .default }
    if let index = colorNames.firstIndex(of: word) { return .ansi(UInt8(index)) }
    if word.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(word.dropFirst(7))) {
      return .ansi(UInt8(index + 8))
    }
    if word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber), let value = Int(word), (0...255).contains(value) {
      return .indexed(UInt8(value))
    }
    if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
      return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
    return nil
  }
}

extension String {
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
