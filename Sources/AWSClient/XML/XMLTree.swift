/// A parsed XML document kept as flat arrays: one slot per element, children as index lists.
///
/// AWS responses are small trees of text leaves, read once. Flat storage avoids one object per
/// element and keeps DescribeImages of thousands of images cheap to build and walk. Text is kept
/// only for leaf elements (the whitespace between child elements is dropped). Pure value type.
public struct XMLTree: Sendable {
  struct Node: Sendable {
    var name: String
    var text: String
    var children: [Int]
  }

  var nodes: [Node]

  /// The document's root element.
  public var root: XMLElement { XMLElement(tree: self, index: 0) }

  init(nodes: [Node]) {
    self.nodes = nodes
  }
}

/// A view of one element of an `XMLTree`; cheap to copy, never mutates the tree.
public struct XMLElement: Sendable {
  let tree: XMLTree
  let index: Int

  public var name: String { tree.nodes[index].name }

  /// The element's text (empty for an element with children).
  public var text: String { tree.nodes[index].text }

  /// Child elements in document order.
  public var children: [XMLElement] {
    tree.nodes[index].children.map { XMLElement(tree: tree, index: $0) }
  }

  /// Calls `body` on each child in document order, without building an array: decoders read a large
  /// item's fields in one pass this way instead of one scan per field.
  public func forEachChild(_ body: (XMLElement) -> Void) {
    for child in tree.nodes[index].children { body(XMLElement(tree: tree, index: child)) }
  }

  /// The text, or `nil` when it is empty.
  public var nonEmptyText: String? {
    let text = tree.nodes[index].text
    return text.isEmpty ? nil : text
  }

  /// The first child named `name`.
  public func child(_ name: String) -> XMLElement? {
    for child in tree.nodes[index].children where tree.nodes[child].name == name {
      return XMLElement(tree: tree, index: child)
    }
    return nil
  }

  /// The text of the first child named `name`, or `nil` when there is none.
  public func string(_ name: String) -> String? { child(name)?.text }

  /// Follows a path of child names: `element.path("Errors", "Error")`.
  public func path(_ names: String...) -> XMLElement? {
    var current: XMLElement? = self
    for name in names { current = current?.child(name) }
    return current
  }

  /// The `<item>` children of the child `container` (EC2's list shape), empty when it is absent.
  public func items(_ container: String) -> [XMLElement] {
    guard let list = child(container) else { return [] }
    return list.children.filter { $0.name == "item" }
  }

  /// Every descendant (self included) named `name`, depth first.
  public func descendants(named name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    var stack = [index]
    while let next = stack.popLast() {
      if tree.nodes[next].name == name { found.append(XMLElement(tree: tree, index: next)) }
      stack.append(contentsOf: tree.nodes[next].children.reversed())
    }
    return found
  }
}
