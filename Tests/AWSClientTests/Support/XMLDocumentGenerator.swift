import Foundation

/// SplitMix64: a small seeded generator, so a failing generated document can be made again.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Writes random well-formed XML documents in the subset `XMLTreeParser` reads, for differential tests.
///
/// Everything the scanner handles appears: a BOM and XML declarations, comments around and inside the
/// root, prefixed and non-ASCII names, attributes in both quotes holding `>` and references, the five
/// entities and character references (multi-byte, and `&#13;`), CDATA sections holding markup and
/// `]]` (never followed by `>`), `\n` and `\r\n` line ends (never inside CDATA, see docs/fuzzing.md), empty and self-closing
/// elements, white space between elements and mixed content.
struct XMLDocumentGenerator {
  private var random: SeededGenerator

  init(seed: UInt64) {
    random = SeededGenerator(seed: seed)
  }

  private static let names = ["item", "imageId", "ec2:item", "a", "b_c", "x.y", "n-1", "é", "日本", "_z", "A9"]
  private static let attributeValues = [
    "x > y", "&amp;", "&#x3C;tag&#62;", "a\"b", "", "http://ec2.amazonaws.com/doc/2016-11-15", "\u{E9}\u{1F600}",
  ]
  private static let words = [
    "ami-0abc", "x", " ", "  ", "\n", "\r\n", "\t", "caf\u{E9}", "日本語", "\u{1F600}", "]", "]]", "a]b", "'", "\"",
  ]
  private static let references = [
    "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x41;", "&#233;", "&#x1F600;", "&#13;", "&#x9;", "&#0010;",
  ]
  private static let cdata = ["<raw>", "a & b", "]]", "]", "x]]y", "", "<![CDATA[", "&amp;", "\n"]

  mutating func document() -> String {
    var text = ""
    if chance(1, in: 5) { text += "\u{FEFF}" }
    if chance(1, in: 2) {
      text += pick([
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0'?>",
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\" ?>",
      ])
    }
    text += misc()
    text += element(depth: 0)
    text += misc()
    return text
  }

  private mutating func misc() -> String {
    (0..<Int.random(in: 0...2, using: &random)).map { _ in pick(["\n", " ", "<!-- note -->", "<!---->", "\r\n"]) }
      .joined()
  }

  private mutating func element(depth: Int) -> String {
    let name = pick(Self.names)
    var start = "<" + name
    for index in 0..<Int.random(in: 0...2, using: &random) {
      let quote = chance(1, in: 2) ? "\"" : "'"
      var value = pick(Self.attributeValues)
      if quote == "\"" { value = value.replacingOccurrences(of: "\"", with: "&quot;") }
      start += pick([" ", "\n", "  "]) + "at\(index)" + pick(["=", " = "]) + quote + value + quote
    }
    start += pick(["", " ", "\n"])
    if chance(1, in: 6) { return start + "/>" }
    var content = ""
    if depth < 5, chance(1, in: 2) {
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        content += chance(1, in: 3) ? text() : pick(["", "\n  ", "<!-- c -->"])
        content += element(depth: depth + 1)
      }
      if chance(1, in: 3) { content += text() }
    } else if chance(4, in: 5) {
      content = text()
    }
    return start + ">" + content + "</" + name + pick(["", " ", "\n"]) + ">"
  }

  private mutating func text() -> String {
    (0..<Int.random(in: 1...5, using: &random)).map { _ -> String in
      switch Int.random(in: 0..<10, using: &random) {
      case 0...4: pick(Self.words)
      case 5...7: pick(Self.references)
      case 8: "<![CDATA[" + pick(Self.cdata) + "]]>"
      default: "<!-- " + pick(["c", "<a>", "- x", "&"]) + " -->"
      }
    }.joined()
  }

  private mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    Int.random(in: 0..<denominator, using: &random) < numerator
  }

  private mutating func pick(_ choices: [String]) -> String {
    choices[Int.random(in: 0..<choices.count, using: &random)]
  }
}
