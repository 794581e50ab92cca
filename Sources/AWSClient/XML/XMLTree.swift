/// A parsed XML document kept as one flat array: one slot per element in document order, linked to
/// its first child and next sibling.
///
/// AWS responses are small trees of text leaves, read once. Flat storage avoids one object (or one
/// child array) per element and keeps DescribeImages of thousands of images cheap to build and walk.
/// Text is kept only for leaf elements (the whitespace between child elements is dropped). Pure value
/// type.
public struct XMLTree: Sendable {
  struct Node: Sendable {
    /// The name's number in `names`.
    var name: Int
    var text: String
    /// The index of the first child, -1 for a leaf.
    var firstChild = -1
    /// The index of the next element with the same parent, -1 for the last one.
    var nextSibling = -1
  }

  var nodes: [Node]
  /// The document's element names, each once (`XMLNameTable`).
  let names: [String]

  /// The document's root element.
  public var root: XMLElement { XMLElement(tree: self, index: 0) }

  init(nodes: [Node], names: [String]) {
    self.nodes = nodes
    self.names = names
  }

  func name(of index: Int) -> String { names[nodes[index].name] }
}

/// A view of one element of an `XMLTree`; cheap to copy, never mutates the tree.
public struct XMLElement: Sendable {
  let tree: XMLTree
  let index: Int

  public var name: String { tree.name(of: index) }

  /// The element's text (empty for an element with children).
  public var text: String { tree.nodes[index].text }

  /// Child elements in document order.
  public var children: [XMLElement] { children(named: nil) }

  /// Calls `body` on each child in document order, without building an array: decoders read a large
  /// item's fields in one pass this way instead of one scan per field.
  public func forEachChild(_ body: (XMLElement) -> Void) {
    var child = tree.nodes[index].firstChild
    while child >= 0 {
      body(XMLElement(tree: tree, index: child))
      child = tree.nodes[child].nextSibling
    }
  }

  /// The text, or `nil` when it is empty.
  public var nonEmptyText: String? {
    let text = tree.nodes[index].text
    return text.isEmpty ? nil : text
  }

  /// The first child named `name`.
  public func child(_ name: String) -> XMLElement? {
    var child = tree.nodes[index].firstChild
    while child >= 0 {
      if tree.name(of: child) == name { return XMLElement(tree: tree, index: child) }
      child = tree.nodes[child].nextSibling
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
    child(container)?.children(named: "item") ?? []
  }

  /// The children named `name` (all when `nil`) in document order, in an array sized in advance:
  /// a DescribeImages answer lists thousands of items.
  func children(named name: String?) -> [XMLElement] {
    var count = 0
    var child = tree.nodes[index].firstChild
    while child >= 0 {
      if name == nil || tree.name(of: child) == name { count += 1 }
      child = tree.nodes[child].nextSibling
    }
    var children: [XMLElement] = []
    children.reserveCapacity(count)
    forEachChild { if name == nil || $0.name == name { children.append($0) } }
    return children
  }

  /// Every descendant (self included) named `name`, depth first.
  public func descendants(named name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    var stack = [index]
    while let next = stack.popLast() {
      let element = XMLElement(tree: tree, index: next)
      if tree.name(of: next) == name { found.append(element) }
      stack.append(contentsOf: element.children.reversed().map(\.index))
    }
    return found
  }
}

/// Each distinct element name of one document classified once, so a decoder reading thousands of
/// items switches over a small value per element instead of comparing strings per element.
///
/// Only for elements of the tree it was made from. Pure value type.
struct XMLNameKinds<Kind> {
  private let kinds: [Kind]

  init(_ tree: XMLTree, _ classify: (String) -> Kind) {
    kinds = tree.names.map(classify)
  }

  subscript(element: XMLElement) -> Kind { kinds[element.tree.nodes[element.index].name] }
}
