import AWSClient
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An element as a plain recursive value, so two parsers' trees compare with `==` and print readably.
struct XMLShape: Equatable, CustomStringConvertible {
  var name: String
  var text: String
  var children: [XMLShape]

  init(name: String, text: String = "", children: [XMLShape] = []) {
    self.name = name
    self.text = text
    self.children = children
  }

  /// The shape of `element` as ferry's `XMLTree` holds it.
  init(_ element: AWSClient.XMLElement) {
    self.init(name: element.name, text: element.text, children: element.children.map(XMLShape.init))
  }

  var description: String {
    children.isEmpty
      ? "<\(name)>\(text.debugDescription)" : "<\(name)>[\(children.map(\.description).joined(separator: ", "))]"
  }
}

/// The tree Foundation's SAX `XMLParser` (libxml2) gives, built as `XMLTreeParser` did before it
/// had its own scanner: the reference for the differential tests.
///
/// Only for inputs FoundationXML survives: it traps on element names that are not UTF-8 and on a
/// processing instruction without data, so callers pass UTF-8 without processing instructions.
enum FoundationXMLReference {
  /// The root's shape, or `nil` when FoundationXML refuses the document.
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
