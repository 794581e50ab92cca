import FerryCloud
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses AWS response bytes into an `XMLTree` with Foundation's SAX `XMLParser`.
///
/// Truncated or malformed documents, and bytes that are not UTF-8, give `AWSError(kind: .invalidResponse)`,
/// never a crash; external entities are never resolved. Does no I/O beyond reading the bytes it is given.
public enum XMLTreeParser {
  /// Parses `data`; `context` names the call in the error message ("DescribeImages in us-east-1").
  public static func parse(_ data: Data, context: String) throws(AWSError) -> XMLTree {
    // FoundationXML traps on an element name that is not UTF-8 (it force-unwraps the name's decoding)
    // and libxml2 lets such bytes through, so they are refused before parsing. AWS answers in UTF-8 only.
    guard String(validating: data, as: UTF8.self) != nil else {
      throw AWSError(
        kind: .invalidResponse, code: "InvalidXML",
        message: "The answer to \(context) is not valid XML (it is not UTF-8 text)")
    }
    if let construct = unsupportedMarkup(in: data) {
      throw AWSError(
        kind: .invalidResponse, code: "InvalidXML",
        message: "The answer to \(context) is not valid XML (it contains \(construct), which AWS never sends)")
    }
    let builder = TreeBuilder()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = builder
    let succeeded = parser.parse()
    guard succeeded, builder.stack.isEmpty, !builder.nodes.isEmpty else {
      let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "the document ended early"
      let detail = data.isEmpty ? "the response was empty" : "line \(parser.lineNumber): \(reason)"
      throw AWSError(
        kind: .invalidResponse, code: "InvalidXML",
        message: "The answer to \(context) is not valid XML (\(detail))")
    }
    return XMLTree(nodes: builder.nodes)
  }

  /// Names the first construct AWS answers never hold, or `nil`: a processing instruction other than
  /// the opening XML declaration, or a `<!…>` that is neither a comment nor CDATA (a DTD).
  ///
  /// FoundationXML reads a null pointer on a processing instruction without data (`<?x?>`), and a DTD
  /// would let libxml2 expand entities; one pass over the bytes keeps both away from the parser.
  static func unsupportedMarkup(in data: Data) -> String? {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
      let bytes = raw.bindMemory(to: UInt8.self)
      func has(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
      }
      var index = has("\u{FEFF}", at: 0) ? 3 : 0
      // `<?xml` and a space open the declaration; `<?xml-stylesheet?>` is an instruction like any other.
      if has("<?xml", at: index), index + 5 < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 5]) {
        index += 5
        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: ">")) {
          index += 1
        }
      }
      while index + 1 < bytes.count {
        defer { index += 1 }
        guard bytes[index] == UInt8(ascii: "<") else { continue }
        if bytes[index + 1] == UInt8(ascii: "?") { return "a processing instruction" }
        if bytes[index + 1] == UInt8(ascii: "!"), !has("<!--", at: index), !has("<![CDATA[", at: index) {
          return "a document type declaration"
        }
      }
      return nil
    }
  }
}

/// The SAX delegate: appends nodes to flat arrays while a stack tracks the open elements.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  var nodes: [XMLTree.Node] = []
  var stack: [Int] = []
  private var text = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let index = nodes.count
    nodes.append(XMLTree.Node(name: elementName, text: "", children: []))
    if let parent = stack.last { nodes[parent].children.append(index) }
    stack.append(index)
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
    guard let index = stack.popLast() else { return }
    if nodes[index].children.isEmpty { nodes[index].text = text }
    text = ""
  }
}
