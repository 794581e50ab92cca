/// The one-column ASCII character drawn for a cell's text when the terminal cannot show UTF-8.
///
/// Views lay text out in cells before the backend knows the locale, so a stand-in must take exactly
/// one column: `—` becomes `-`, `✗` `x`, `▸` `>`, `…` `~` (the cut mark of `Glyphs.ascii`), box
/// lines `-|+`, `é` `e`. Text with no sensible stand-in (CJK, emoji) becomes `?`, never bytes the
/// terminal would show as mojibake. Pure.
public enum ASCIIStandIn {
  /// The text to draw for one cell's `text` (a grapheme cluster) on an ASCII-only terminal.
  public static func cell(_ text: String) -> String {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return text }
    if first.isASCII {
      // A base letter with combining marks ("e" + U+0301) keeps its letter.
      return first.value >= 0x20 && first.value < 0x7F ? String(first) : "?"
    }
    return character(for: first).map(String.init) ?? "?"
  }

  /// The stand-in for one non-ASCII scalar, or nil when there is none.
  public static func character(for scalar: Unicode.Scalar) -> Character? {
    if let mapped = symbols[scalar] { return mapped }
    switch scalar.value {
    case 0xC0...0xFF: return latin1(scalar)
    case 0x2500...0x257F: return boxDrawing(scalar.value)
    case 0x2580...0x259F: return scalar.value == 0x2591 ? "-" : "#"
    case 0x2800...0x28FF: return "*"
    default: return nil
    }
  }

  /// Punctuation, arrows and marks that ferry's screens use, and their common neighbours.
  private static let symbols: [Unicode.Scalar: Character] = [
    "\u{A0}": " ", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
    "\u{2015}": "-", "\u{2212}": "-", "\u{2026}": "~", "\u{B7}": ".", "\u{2022}": "*", "\u{270E}": "*",
    "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"",
    "\u{AB}": "<", "\u{BB}": ">", "\u{2039}": "<", "\u{203A}": ">", "\u{25B8}": ">", "\u{25B6}": ">",
    "\u{25BA}": ">", "\u{25C2}": "<", "\u{25C0}": "<", "\u{2192}": ">", "\u{2190}": "<", "\u{2191}": "^",
    "\u{2193}": "v", "\u{21B5}": "<", "\u{D7}": "x", "\u{2717}": "x", "\u{2718}": "x", "\u{2713}": "+",
    "\u{2714}": "+", "\u{2248}": "~", "\u{B1}": "+", "\u{2264}": "<", "\u{2265}": ">", "\u{B0}": "o",
    "\u{A9}": "c", "\u{AE}": "r", "\u{25CF}": "*", "\u{25CB}": "o", "\u{2605}": "*", "\u{26A0}": "!",
  ]

  /// Latin-1 letters without their accents (`é` → `e`, `Ø` → `O`, `ß` → `s`).
  private static func latin1(_ scalar: Unicode.Scalar) -> Character? {
    let index = Int(scalar.value) - 0xC0
    return latin1Letters.indices.contains(index) ? latin1Letters[index] : nil
  }

  /// U+00C0…U+00FF in order (× is `x`, ÷ `/`).
  private static let latin1Letters = Array("AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty")

  /// Box-drawing lines as `-`, `=`, `|` or `+` by their shape.
  private static func boxDrawing(_ value: UInt32) -> Character {
    switch value {
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2574, 0x2576, 0x2578, 0x257A,
      0x257C, 0x257E:
      return "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B,
      0x257D, 0x257F:
      return "|"
    case 0x2550: return "="
    case 0x2571: return "/"
    case 0x2572: return "\\"
    case 0x2573: return "X"
    default: return "+"
    }
  }
}
