import PropertyBased
import Terminal
import Testing

/// The sanitizer for text from outside ferry, and the grid that draws through it.
@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("web-\u{9B}31m", "web-\\u009b31m"),
    ("prod\u{202E}gnp.exe", "prod\\u202egnp.exe"),
    ("a\u{1B}]52;c;aGk=\u{07}b", "a\\u001b]52;c;aGk=\\u0007b"),
    ("tab\there", "tab\\u0009here"),
    ("line\nbreak\r\n", "line\\u000abreak\\u000d\\u000a"),
    (
      "\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}\u{7F}\u{80}\u{9F}",
      "\\u2066\\u2069\\u200e\\u200f\\u061c\\u007f\\u0080\\u009f"
    ),
    ("\u{202A}\u{202B}\u{202C}\u{202D}", "\\u202a\\u202b\\u202c\\u202d"),
  ])
  func controlsAndBidiAreShownEscaped(raw: String, shown: String) {
    #expect(TerminalText.escaped(raw) == shown)
  }

  /// Wide characters, accents, emoji, the Arabic and Hebrew letters themselves, backslashes: all kept.
  @Test(arguments: ["web-server", "日本語のイメージ", "café 🚀", "שלום عربى", "C:\\images\\", "\u{A0}\u{2028}", ""])
  func ordinaryTextIsKept(text: String) {
    #expect(TerminalText.escaped(text) == text)
  }

  @Test func aMessageKeepsItsOwnLineBreaksOnly() {
    #expect(TerminalText.escaped("one\ntwo\u{9B}\r", keepingNewlines: true) == "one\ntwo\\u009b\\u000d")
  }

  @Test func theGridDrawsTheEscapeAndCountsItsColumns() {
    let name = "ami\u{9B}2J日"
    #expect(DisplayWidth.of(name) == 3 + 6 + 2 + 2)
    var grid = CellGrid(width: 14, height: 1)
    #expect(grid.put(name, x: 0, y: 0) == 13)
    #expect(grid.lines == ["ami\\u009b2J日 "])
    // An escape that does not fit whole is not drawn in part.
    var narrow = CellGrid(width: 6, height: 1)
    narrow.put("ab\u{202E}", x: 0, y: 0)
    #expect(narrow.lines == ["ab    "])
    // Cutting counts the escape's columns; the text stays as it came and the grid escapes it when drawn.
    #expect(DisplayWidth.truncate("ab\u{202E}cd", to: 9) == "ab\u{202E}…")
  }

  // MARK: - Properties

  /// Any text — controls, bidi, marks, wide characters, backslashes — is shown with nothing raw, nothing lost.
  @Test func escapingLeavesNothingRawAndLosesNothing() async {
    await propertyCheck(count: 1000, input: Self.hostileText) { text in
      let shown = TerminalText.escaped(text)
      #expect(!shown.unicodeScalars.contains(where: TerminalText.needsEscape))
      #expect((shown == text) == !text.unicodeScalars.contains(where: TerminalText.needsEscape))
      #expect(TerminalText.escaped(shown) == shown)
      if !text.contains("\\") { #expect(Self.unescaped(shown) == text) }
      let kept = TerminalText.escaped(text, keepingNewlines: true)
      #expect(kept.filter { $0 == "\n" }.count == text.unicodeScalars.filter { $0 == "\n" }.count)
    }
  }

  /// What the grid draws is what `DisplayWidth` counted, and no cell holds a raw control or bidi character.
  @Test func theGridNeverHoldsARawControl() async {
    await propertyCheck(count: 500, input: Self.hostileText) { text in
      let width = DisplayWidth.of(text)
      var grid = CellGrid(width: width, height: 1)
      #expect(grid.put(text, x: 0, y: 0) == width)
      #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: TerminalText.needsEscape) })
    }
  }

  private static let pool: [Character] = Array(
    "a Z9-é日🚀\\\u{1B}\u{9B}\u{85}\u{202E}\u{2066}\u{200F}\u{061C}\t\n\r\u{7F}\u{0301}\u{0}")
  private static let hostileText = Gen.oneOf(
    Gen<Character?>.element(of: pool).compactMap { $0 },
    Gen<UInt32>.value(in: 0...0x2FFF).map { Character(Unicode.Scalar($0) ?? " ") }
  ).string(of: 0...40)

  /// Reads the escapes back (only meaningful for text that had no backslash of its own).
  private static func unescaped(_ shown: String) -> String {
    let scalars = Array(shown.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\\", index + 5 < scalars.count, scalars[index + 1] == "u",
        let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        output.append(scalar)
        index += 6
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    return String(output)
  }
}
