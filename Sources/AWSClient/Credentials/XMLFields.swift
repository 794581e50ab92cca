import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The text of the first element of each name in a small XML document (an STS answer or error).
///
/// STS documents nest each field once (`AssumeRoleResult/Credentials/AccessKeyId`,
/// `ErrorResponse/Error/Code`), so the first occurrence by name is the field. Malformed XML gives no
/// fields. Runs `XMLParser` synchronously on the caller's thread; no other I/O.
struct XMLFields {
  private var values: [String: String] = [:]

  init(_ data: Data) {
    let collector = Collector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    if parser.parse() { values = collector.values }
  }

  subscript(name: String) -> String? { values[name] }

  private final class Collector: NSObject, XMLParserDelegate {
    var values: [String: String] = [:]
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if values[elementName] == nil, !trimmed.isEmpty { values[elementName] = trimmed }
      text = ""
    }
  }
}
