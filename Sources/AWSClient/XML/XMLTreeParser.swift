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
