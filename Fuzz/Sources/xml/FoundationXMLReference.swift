import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An element as a plain recursive value, so two parsers' trees compare with `==`.
struct XMLShape: Equatable {
  var name: String
  var text = ""
  var children: [XMLShape] = []
}

/// The tree Foundation's SAX `XMLParser` (libxml2) gives, built as `XMLTreeParser` did before ferry
/// had its own scanner: the reference the xml target compares against.
///
/// FoundationXML traps on an element name that is not UTF-8 and reads a null pointer on a processing
/// instruction without data, and a DTD would let libxml2 expand entities (exponentially, for a hostile
/// one): `canParse` keeps all three away from it.
/// `Tests/AWSClientTests/Support/FoundationXMLReference.swift`.
enum FoundationXMLReference {
  /// Whether `bytes` are safe to hand to FoundationXML: UTF-8, no processing instruction but an
  /// opening XML declaration, no `<!` but comments and CDATA.
  static func canParse(_ bytes: [UInt8]) -> Bool {
    guard String(validating: bytes, as: UTF8.self) != nil else { return false }
    func has(_ text: String, at index: Int) -> Bool {
      let text = Array(text.utf8)
      return index + text.count <= bytes.count && Array(bytes[index..<index + text.count]) == text
    }
    var index = has("\u{FEFF}", at: 0) ? 3 : 0
    if has("<?xml", at: index), index + 5 < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 5]) {
      index += 5
      while index + 1 < bytes.count, !has("?>", at: index) { index += 1 }
    }
    while index + 1 < bytes.count {
      defer { index += 1 }
      guard bytes[index] == UInt8(ascii: "<") else { continue }
      if bytes[index + 1] == UInt8(ascii: "?") { return false }
      if bytes[index + 1] == UInt8(ascii: "!"), !has("<!--", at: index), !has("<![CDATA[", at: index) { return false }
    }
    return true
  }

  /// The root's shape, or `nil` when FoundationXML refuses the document; only for what `canParse` passes.
  static func parse(_ data: Data) -> XMLShape? {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = builder
    // libxml2 recovers from many errors and `parse()` still answers true: the errors are what count.
    guard parser.parse(), builder.errors.isSubset(of: Self.nonFatal), builder.stack.isEmpty, let root = builder.root
    else {
      return nil
    }
    return root
  }

  /// libxml2's codes (`xmlParserErrors`, which `NSXMLParserError` repeats) that are no XML 1.0
  /// well-formedness error: warnings about the version (97) and namespace URIs (99, 100), and the
  /// errors of Namespaces in XML (200–205), which ferry does not process, as `XMLParser` did not with
  /// `shouldProcessNamespaces = false`.
  private static let nonFatal: Set<Int> = [97, 99, 100, 200, 201, 202, 203, 204, 205]

  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLShape] = []
    var root: XMLShape?
    var errors: Set<Int> = []
    private var text = ""

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
      errors.insert((parseError as NSError).code)
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      stack.append(XMLShape(name: elementName))
      text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      guard var element = stack.popLast() else { return }
      if element.children.isEmpty { element.text = text }
      text = ""
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].children.append(element)
      }
    }
  }
}
