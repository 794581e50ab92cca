import Terminal
import Testing

@Suite struct ASCIIStandInTests {
  // MARK: - What ferry's screens draw

  @Test(arguments: [
    ("—", "-"), ("–", "-"), ("✗", "x"), ("✓", "+"), ("▸", ">"), ("›", ">"), ("→", ">"), ("←", "<"),
    ("↑", "^"), ("↓", "v"), ("…", "~"), ("×", "x"), ("≈", "~"), ("•", "*"), ("✎", "*"), ("─", "-"),
    ("│", "|"), ("╭", "+"), ("╯", "+"), ("┌", "+"), ("┼", "+"), ("═", "="), ("║", "|"), ("█", "#"),
    ("░", "-"), ("▌", "#"), ("⠋", "*"),
  ])
  func screenSymbols(symbol: String, standIn: String) {
    #expect(ASCIIStandIn.cell(symbol) == standIn)
  }

  // MARK: - Text from the account

  @Test(arguments: [
    ("é", "e"), ("e\u{301}", "e"), ("Ø", "O"), ("ß", "s"), ("ÿ", "y"), ("ç", "c"), ("\u{A0}", " "), ("“", "\""),
    ("漢", "?"), ("🇫🇷", "?"), ("a", "a"), ("~", "~"),
  ])
  func accountText(text: String, standIn: String) {
    #expect(ASCIIStandIn.cell(text) == standIn)
  }

  @Test func everyCharacterOfTheBasicPlaneBecomesOnePrintableASCIICharacter() {
    for value in UInt32(0x20)...0xFFFF {
      guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .control else { continue }
      let standIn = ASCIIStandIn.cell(String(scalar))
      let bytes = Array(standIn.utf8)
      guard bytes.count == 1, (0x20..<0x7F).contains(bytes[0]) else {
        Issue.record("U+\(String(value, radix: 16, uppercase: true)) became \(bytes)")
        return
      }
    }
  }
}
