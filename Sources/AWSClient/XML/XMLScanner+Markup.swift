import Foundation

/// The rarer constructs: attributes, references, comments, CDATA, the XML declaration and what may
/// stand around the root element.
extension XMLScanner {
  // MARK: - Attributes

  /// Reads one attribute (https://www.w3.org/TR/xml/#NT-Attribute), checks it and drops it: a name
  /// written once per tag, `=`, a quoted value without `<` whose references are well formed.
  mutating func attribute(tagNameStart: Int, tagNameLength: Int) throws(XMLSyntaxError) {
    var tag: String { bytes(tagNameStart, tagNameLength) }  // only for messages
    let nameStart = position
    guard scanName() else { throw fail("an unexpected character in the tag <\(tag)>") }
    let name = nameStart..<position
    guard isFirstAttribute(named: name) else {
      throw fail("the attribute \(bytes(name.lowerBound, name.count)) appears twice in <\(tag)>", at: nameStart)
    }
    _ = skipWhitespace()
    guard position < count else { throw fail("the document ends inside the tag <\(tag)>") }
    guard base[position] == XMLGrammar.equals else {
      throw fail("the attribute \(bytes(name.lowerBound, name.count)) in <\(tag)> has no value")
    }
    position += 1
    _ = skipWhitespace()
    guard position < count else { throw fail("the document ends inside the tag <\(tag)>") }
    let quote = base[position]
    guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw fail("the value of \(bytes(name.lowerBound, name.count)) in <\(tag)> is not in quotes")
    }
    position += 1
    while true {
      guard position < count else { throw fail("the document ends inside the tag <\(tag)>") }
      let byte = base[position]
      if byte == quote { break }
      if byte == XMLGrammar.lessThan {
        throw fail("'<' in the value of \(bytes(name.lowerBound, name.count)) in <\(tag)>")
      }
      if byte == XMLGrammar.ampersand {
        _ = try reference()
      } else {
        position += 1
      }
    }
    position += 1
  }

  /// Records the attribute name `name` of the current tag; false when the tag already has it.
  mutating func isFirstAttribute(named name: Range<Int>) -> Bool {
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }
    if attributeNames.count < Self.attributesComparedPairwise {
      for known in attributeNames
      where known.count == name.count && memcmp(base + known.lowerBound, base + name.lowerBound, name.count) == 0 {
        return false
      }
    } else {
      if manyAttributeNames.isEmpty { manyAttributeNames = Set(attributeNames.map(text)) }
      guard manyAttributeNames.insert(text(name)).inserted else { return false }
    }
    attributeNames.append(name)
    return true
  }

  // MARK: - References

  /// Reads the reference at `position` (`&`) and gives the character it stands for: one of the five
  /// predefined entities or a character reference naming a character XML allows (section 4.1).
  mutating func reference() throws(XMLSyntaxError) -> Unicode.Scalar {
    let start = position
    position += 1
    guard position < count, base[position] == UInt8(ascii: "#") else {
      let nameStart = position
      guard scanName(), position < count, base[position] == XMLGrammar.semicolon else {
        throw fail("'&' not followed by an entity reference (write &amp;)", at: start)
      }
      let name = UnsafeBufferPointer(start: base + nameStart, count: position - nameStart)
      guard let scalar = XMLGrammar.predefinedEntity(name) else {
        throw fail("the entity \(bytes(start, position + 1 - start)) is not defined", at: start)
      }
      position += 1
      return scalar
    }
    position += 1
    let hexadecimal = position < count && base[position] == UInt8(ascii: "x")
    if hexadecimal { position += 1 }
    let digitsStart = position
    var value: UInt32 = 0
    while position < count {
      let byte = base[position]
      let digit: UInt32
      if byte >= 0x30, byte <= 0x39 {
        digit = UInt32(byte - 0x30)
      } else if hexadecimal, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
        digit = UInt32((byte | 0x20) - 0x61 + 10)
      } else {
        break
      }
      // Saturates just past the last code point, so any number of leading zeros still reads.
      value = min(value * (hexadecimal ? 16 : 10) + digit, 0x11_0000)
      position += 1
    }
    guard position > digitsStart, position < count, base[position] == XMLGrammar.semicolon else {
      throw fail("a malformed character reference", at: start)
    }
    position += 1
    guard XMLGrammar.isCharacter(value), let scalar = Unicode.Scalar(value) else {
      throw fail("\(bytes(start, position - start)) is not a character XML allows", at: start)
    }
    return scalar
  }

  // MARK: - Comments, CDATA and declarations

  /// Reads what starts `<!` at `position`: a comment anywhere, a CDATA section inside an element.
  ///
  /// Anything else is a document type declaration (or one of its parts), refused.
  mutating func markupDeclaration(inContent: Bool) throws(XMLSyntaxError) {
    if has("<!--", at: position) {
      try comment()
    } else if has("<![CDATA[", at: position) {
      guard inContent else { throw fail("a CDATA section outside the root element") }
      try cdata()
    } else if isCutShort("<!--") || isCutShort("<![CDATA[") {
      throw fail("the document ends inside a tag", at: count)
    } else {
      throw unsupported("a document type declaration")
    }
  }

  /// A comment (section 2.5): `--` may only appear in its closing `-->`.
  mutating func comment() throws(XMLSyntaxError) {
    var index = position + 4
    while let dash = find(XMLGrammar.hyphen, from: index) {
      guard dash + 2 < count else { break }
      if base[dash + 1] == XMLGrammar.hyphen {
        guard base[dash + 2] == XMLGrammar.greaterThan else { throw fail("'--' inside a comment", at: dash) }
        position = dash + 3
        return
      }
      index = dash + 1
    }
    throw fail("the document ends inside a comment", at: count)
  }

  /// A CDATA section (section 2.7): its bytes are text as they stand, up to `]]>`.
  mutating func cdata() throws(XMLSyntaxError) {
    let start = position + 9
    var index = start
    while let bracket = find(XMLGrammar.closingBracket, from: index) {
      guard !has("]]>", at: bracket) else {
        appendNormalizingLineEnds(from: start, to: bracket)
        position = bracket + 3
        return
      }
      index = bracket + 1
    }
    throw fail("the document ends inside a CDATA section", at: count)
  }

  /// Skips white space and comments around the root element; true when an element starts next.
  ///
  /// Text there is an error; processing instructions and DTDs are refused.
  mutating func skipMisc(afterRoot: Bool) throws(XMLSyntaxError) -> Bool {
    while position < count {
      if skipWhitespace() { continue }
      guard base[position] == XMLGrammar.lessThan else {
        throw fail(afterRoot ? "text after the root element" : "text before the root element")
      }
      guard position + 1 < count else { throw fail("the document ends inside a tag", at: count) }
      switch base[position + 1] {
      case XMLGrammar.question: throw unsupported("a processing instruction")
      case XMLGrammar.bang: try markupDeclaration(inContent: false)
      case XMLGrammar.slash: throw fail("an end tag outside the root element")
      default: return true
      }
    }
    return false
  }

  /// Reads the XML declaration (section 2.8) when the document opens with one.
  ///
  /// `version="1.x"`, then an optional `encoding` that must be UTF-8 (`UTF-8` or `UTF8`, in any case),
  /// then an optional `standalone="yes|no"`, in that order. `<?xml` must be followed by white space:
  /// `<?xml-stylesheet?>` is a processing instruction.
  mutating func declaration() throws(XMLSyntaxError) {
    guard has("<?xml", at: position), position + 5 < count, XMLGrammar.isWhitespace(base[position + 5]) else {
      return
    }
    position += 5
    var next = 0  // 0: version, 1: encoding, 2: standalone, 3: nothing more
    while true {
      let spaced = skipWhitespace()
      guard position + 1 < count else { throw fail("the document ends inside the XML declaration", at: count) }
      if has("?>", at: position) { break }
      let nameStart = position
      guard spaced, scanName() else { throw fail("the XML declaration is malformed") }
      let name = String(
        decoding: UnsafeBufferPointer(start: base + nameStart, count: position - nameStart), as: UTF8.self)
      _ = skipWhitespace()
      guard position < count, base[position] == XMLGrammar.equals else {
        throw fail("the XML declaration is malformed")
      }
      position += 1
      _ = skipWhitespace()
      guard position < count, base[position] == UInt8(ascii: "\"") || base[position] == UInt8(ascii: "'"),
        let close = find(base[position], from: position + 1)
      else { throw fail("the XML declaration is malformed") }
      let value = String(
        decoding: UnsafeBufferPointer(start: base + position + 1, count: close - position - 1), as: UTF8.self)
      position = close + 1
      switch (name, next) {
      case ("version", 0)
      where value.hasPrefix("1.") && value.utf8.count > 2
        && value.utf8.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }):
        next = 1
      case ("encoding", 1) where Self.isEncodingName(value):
        guard ["utf-8", "utf8"].contains(value.lowercased()) else {
          throw fail("the XML declaration names the encoding \(value.prefix(40)), not UTF-8", at: nameStart)
        }
        next = 2
      case ("standalone", 1...2) where value == "yes" || value == "no":
        next = 3
      default:
        throw fail("the XML declaration is malformed", at: nameStart)
      }
    }
    guard next > 0 else { throw fail("the XML declaration is malformed") }
    position += 2
  }

  // MARK: - Helpers

  /// https://www.w3.org/TR/xml/#NT-EncName: a letter, then letters, digits, `.`, `_` and `-`.
  static func isEncodingName(_ value: String) -> Bool {
    guard let first = value.utf8.first, XMLGrammar.isNameStart(first), first != 0x3A, first != 0x5F else {
      return false
    }
    return value.utf8.allSatisfy { XMLGrammar.isName($0) && $0 != 0x3A }
  }

  /// The offset of the next `byte` at or after `index`.
  func find(_ byte: UInt8, from index: Int) -> Int? {
    guard index < count, let found = memchr(base + index, Int32(byte), count - index) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether the document ends at `position` with a beginning of `literal`.
  func isCutShort(_ literal: StaticString) -> Bool {
    let remaining = count - position
    return remaining < literal.utf8CodeUnitCount && memcmp(base + position, literal.utf8Start, remaining) == 0
  }

  /// Appends `from..<to` to the text, reading `\r\n` and a lone `\r` as `\n`.
  mutating func appendNormalizingLineEnds(from: Int, to: Int) {
    var segment = from
    if normalizesLineEnds {
      var index = from
      while index < to {
        guard base[index] == XMLGrammar.carriageReturn else {
          index += 1
          continue
        }
        text.append(base, from: segment, to: index)
        text.append(base, scalar: "\n")
        index += index + 1 < to && base[index + 1] == XMLGrammar.lineFeed ? 2 : 1
        segment = index
      }
    }
    text.append(base, from: segment, to: to)
  }
}
