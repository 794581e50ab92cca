import AWSClient

// `XMLShape` and `FoundationXMLReference` live in Fuzz/Sources/xml/FoundationXMLReference.swift, which
// Support/FoundationXMLReference.swift links to: the xml fuzz target and these tests compare against
// the same reference builder.
extension XMLShape: CustomStringConvertible {
  /// The shape of `element` as ferry's `XMLTree` holds it.
  init(_ element: AWSClient.XMLElement) {
    self.init(name: element.name, text: element.text, children: element.children.map(XMLShape.init))
  }

  var description: String {
    children.isEmpty
      ? "<\(name)>\(text.debugDescription)" : "<\(name)>[\(children.map(\.description).joined(separator: ", "))]"
  }
}
