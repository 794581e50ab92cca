import Foundation

/// Reads XML 1.0 from UTF-8 bytes into an `XMLTree`: a strict, non-validating scanner for what AWS
/// answers hold.
///
/// Reads elements (names kept as written, prefixes included), attributes (checked, then dropped:
/// ferry reads none), character data with the five predefined entities and character references,
/// CDATA sections, comments and an optional XML declaration (https://www.w3.org/TR/xml/). Refuses
/// processing instructions and document type declarations as `.unsupported`: AWS never sends them,
/// and a DTD could define entities. Keeps text for leaf elements only, as `XMLTree` describes.
/// Iterative with a depth limit, so hostile nesting costs neither stack nor much memory.
///
/// Works on the caller's bytes in place and never copies them whole: they must outlive the scanner,
/// and `XMLCharacters.check` must have passed them (UTF-8, only characters XML allows). No I/O.
struct XMLScanner {
  /// The deepest nesting read: AWS answers nest a handful of levels, and the limit bounds what a
  /// hostile answer can make the scanner hold.
  static let maximumDepth = 256
  /// Attribute names of one tag checked against each other pairwise; past this many, through a set.
  static let attributesComparedPairwise = 16

  struct OpenElement {
    var node: Int
    var nameStart: Int
    var nameLength: Int
    /// The index of its last child so far, -1 while it has none.
    var lastChild = -1
  }

  let base: UnsafePointer<UInt8>
  let count: Int
  /// Whether a carriage return occurs: XML reads `\r\n` and a lone `\r` as `\n` (section 2.11).
  let normalizesLineEnds: Bool
  var position = 0
  var nodes: [XMLTree.Node] = []
  var open: [OpenElement] = []
  var names = XMLNameTable()
  var text = XMLTextAccumulator()
  /// The attribute names of the tag being read, to refuse one written twice.
  var attributeNames: [Range<Int>] = []
  /// The same names once there are more than `attributesComparedPairwise`, so a hostile tag of
  /// thousands of attributes costs linear time, not quadratic.
  var manyAttributeNames: Set<String> = []

  init(_ base: UnsafePointer<UInt8>, count: Int, normalizesLineEnds: Bool) {
    self.base = base
    self.count = count
    self.normalizesLineEnds = normalizesLineEnds
    // About one element per 24 bytes in EC2's answers: growing the array would copy every node.
    nodes.reserveCapacity(count / 24 + 1)
  }

  /// Reads the whole document: declaration, the one root element, and only comments and white space
  /// around it.
  mutating func scanDocument() throws(XMLSyntaxError) -> XMLTree {
    if has("\u{FEFF}", at: 0) { position = 3 }
    try declaration()
    guard try skipMisc(afterRoot: false) else { throw fail("the document has no root element") }
    try startTag()
    while !open.isEmpty {
      try scanText()
      guard position + 1 < count else { throw endsInside() }
      switch base[position + 1] {
      case XMLGrammar.slash: try endTag()
      case XMLGrammar.bang: try markupDeclaration(inContent: true)
      case XMLGrammar.question: throw unsupported("a processing instruction")
      default: try startTag()
      }
    }
    if try skipMisc(afterRoot: true) { throw fail("a second root element") }
    return XMLTree(nodes: nodes, names: names.names)
  }

  // MARK: - Tags

  /// Reads a start tag at `position` (`<`) and opens its element, or adds it whole when it closes itself.
  mutating func startTag() throws(XMLSyntaxError) {
    let tagStart = position
    position += 1
    let nameStart = position
    guard scanName() else { throw fail("'<' in text is not a tag (write &lt;)", at: tagStart) }
    let nameLength = position - nameStart
    var closesItself = false
    if !attributeNames.isEmpty {
      attributeNames.removeAll(keepingCapacity: true)
      manyAttributeNames.removeAll()
    }
    while true {
      let spaced = skipWhitespace()
      guard position < count else { throw fail("the document ends inside the tag <\(bytes(nameStart, nameLength))>") }
      let byte = base[position]
      if byte == XMLGrammar.greaterThan {
        position += 1
        break
      }
      if byte == XMLGrammar.slash, position + 1 < count, base[position + 1] == XMLGrammar.greaterThan {
        position += 2
        closesItself = true
        break
      }
      guard position + 1 < count else {
        throw fail("the document ends inside the tag <\(bytes(nameStart, nameLength))>")
      }
      guard spaced, byte != XMLGrammar.slash else {
        throw fail("an unexpected character in the tag <\(bytes(nameStart, nameLength))>")
      }
      try attribute(tagNameStart: nameStart, tagNameLength: nameLength)
    }
    guard open.count < Self.maximumDepth else {
      throw fail("elements nest deeper than \(Self.maximumDepth) levels", at: tagStart)
    }
    let index = nodes.count
    nodes.append(XMLTree.Node(name: names.number(base, start: nameStart, length: nameLength), text: ""))
    if let parent = open.indices.last {
      let previous = open[parent].lastChild
      if previous >= 0 {
        nodes[previous].nextSibling = index
      } else {
        nodes[open[parent].node].firstChild = index
      }
      open[parent].lastChild = index
    }
    text.reset()
    if !closesItself { open.append(OpenElement(node: index, nameStart: nameStart, nameLength: nameLength)) }
  }

  /// Reads an end tag at `position` (`</`), which must name the innermost open element, and closes it.
  mutating func endTag() throws(XMLSyntaxError) {
    let tagStart = position
    // The loop in `scanDocument` only reads content while an element is open.
    let element = open[open.count - 1]
    let nameStart = position + 2
    let nameEnd = nameStart + element.nameLength
    if nameEnd < count, XMLBytes.equal(base + nameStart, base + element.nameStart, count: element.nameLength),
      !continuesName(at: nameEnd)
    {
      position = nameEnd
    } else {
      position = nameStart
      _ = scanName()
      guard position < count else { throw endsInside() }
      let expected = bytes(element.nameStart, element.nameLength)
      throw fail("</\(bytes(nameStart, position - nameStart))> does not close <\(expected)>", at: tagStart)
    }
    _ = skipWhitespace()
    guard position < count else { throw endsInside() }
    guard base[position] == XMLGrammar.greaterThan else {
      throw fail("an unexpected character in the end tag </\(bytes(nameStart, element.nameLength))>")
    }
    position += 1
    open.removeLast()
    if element.lastChild < 0 { nodes[element.node].text = text.string(base) }
    text.reset()
  }

  // MARK: - Text

  /// Reads character data up to the next `<` (or the end) into `text`.
  ///
  /// References and line ends are decoded; `]]>` may not appear in text (section 2.4).
  mutating func scanText() throws(XMLSyntaxError) {
    var segment = position
    var index = position
    while true {
      index = XMLBytes.firstTextStop(base, from: index, count: count)
      guard index < count else { break }
      let byte = base[index]
      if byte == XMLGrammar.lessThan { break }
      if byte == XMLGrammar.closingBracket {
        if has("]]>", at: index) { throw fail("']]>' in text", at: index) }
        index += 1
        continue
      }
      text.append(base, from: segment, to: index)
      position = index
      if byte == XMLGrammar.ampersand {
        text.append(base, scalar: try reference())
      } else {
        text.append(base, scalar: "\n")
        position += has("\r\n", at: position) ? 2 : 1
      }
      index = position
      segment = index
    }
    text.append(base, from: segment, to: index)
    position = index
  }

  // MARK: - Small readers

  /// Moves past a name (https://www.w3.org/TR/xml/#NT-Name); false when none starts at `position`.
  mutating func scanName() -> Bool {
    let start = position
    var index = position
    while index < count {
      let byte = base[index]
      if byte < 0x80 {
        guard index == start ? XMLGrammar.isNameStart(byte) : XMLGrammar.isName(byte) else { break }
        index += 1
        continue
      }
      guard let (scalar, length) = XMLCharacters.decode(base, at: index, count: count),
        index == start ? XMLGrammar.isNameStart(scalar) : XMLGrammar.isName(scalar)
      else { break }
      index += length
    }
    position = index
    return index > start
  }

  /// Whether the character at `index` may continue a name.
  func continuesName(at index: Int) -> Bool {
    let byte = base[index]
    if byte < 0x80 { return XMLGrammar.isName(byte) }
    guard let (scalar, _) = XMLCharacters.decode(base, at: index, count: count) else { return false }
    return XMLGrammar.isName(scalar)
  }

  /// Moves past white space; true when there was some.
  mutating func skipWhitespace() -> Bool {
    let start = position
    while position < count, XMLGrammar.isWhitespace(base[position]) { position += 1 }
    return position > start
  }

  /// Whether the document holds `literal` at `index`.
  func has(_ literal: StaticString, at index: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    return index + length <= count && memcmp(base + index, literal.utf8Start, length) == 0
  }

  /// The document's bytes as text for a message, cut to 40 characters.
  func bytes(_ start: Int, _ length: Int) -> String {
    let text = String(decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
    return text.count > 40 ? text.prefix(40) + "…" : text
  }

  // MARK: - Errors

  func fail(_ reason: String, at offset: Int? = nil) -> XMLSyntaxError {
    XMLSyntaxError(reason: .malformed(reason), line: line(at: offset ?? position))
  }

  func unsupported(_ construct: String) -> XMLSyntaxError {
    XMLSyntaxError(reason: .unsupported(construct), line: line(at: position))
  }

  /// The document stopped while an element was open: a truncated answer.
  func endsInside() -> XMLSyntaxError {
    let name = open.last.map { bytes($0.nameStart, $0.nameLength) } ?? ""
    return fail("the document ends inside <\(name)>", at: count)
  }

  /// The line (from 1) of byte `offset`.
  func line(at offset: Int) -> Int {
    Self.line(at: offset, in: base, count: count)
  }

  static func line(at offset: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int {
    var lines = 1
    for index in 0..<min(offset, count) where base[index] == XMLGrammar.lineFeed { lines += 1 }
    return lines
  }
}
