/// How many terminal columns a character takes: 0 (a lone combining mark), 1, 2 (wide), or the length of its
/// visible escape for a control or bidi character (`\u009b`: 6), which is how `CellGrid` draws it.
///
/// Pure and locale-independent, unlike `wcwidth(3)`. Covers the East Asian Wide and Fullwidth ranges
/// and the common emoji blocks; everything else is one column.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    // Fast path: almost everything on ferry's screens is ASCII.
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    if let escape = TerminalText.escape(character) { return escape.utf8.count }
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let value = scalar.value
    if character.unicodeScalars.count == 1, scalar.properties.generalCategory == .nonspacingMark { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Columns taken by a whole string.
  public static func of(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// `text` cut to at most `columns` columns; when cut, it ends with `ellipsis` (which counts).
  public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    let room = columns - of(ellipsis)
    guard room >= 0 else { return prefix(text, columns: columns) }
    return prefix(text, columns: room) + ellipsis
  }

  /// The longest prefix of `text` that fits in `columns` columns.
  public static func prefix(_ text: String, columns: Int) -> String {
    var used = 0
    var result = ""
    for character in text {
      let width = of(character)
      if used + width > columns { break }
      used += width
      result.append(character)
    }
    return result
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F1E6...0x1F1FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
      0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}
