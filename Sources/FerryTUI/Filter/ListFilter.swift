import Terminal

/// A list's `/` filter: the query being typed, whether it has the keyboard, and the index it narrows.
///
/// The source list and the destination list share it, so both filter the same way: type to narrow,
/// enter keeps the filter and gives the keys back to the list, esc clears it. Pure value.
public struct ListFilter: Sendable, Equatable {
  public private(set) var input = TextInput()
  /// True while the query has the keyboard.
  public var editing = false
  public private(set) var index = FilterIndex()

  public init() {}

  public var text: String { input.text }
  /// The rows that match, ascending.
  public var matches: [Int] { index.matches }

  /// Forgets the rows (a new listing), keeping the query.
  public mutating func removeRows() {
    index = FilterIndex()
    index.setQuery(input.text)
  }

  /// Adds rows' search keys; they are matched at once.
  public mutating func append<S: Sequence>(keys: S) where S.Element == String { index.append(keys: keys) }

  /// Applies an editing key to the query and narrows; false when the key edits nothing.
  public mutating func edit(_ key: Key) -> Bool {
    guard input.apply(key) else { return false }
    index.setQuery(input.text)
    return true
  }

  /// Empties the query and lets the list have the keys again.
  public mutating func clear() {
    editing = false
    input.set("")
    index.setQuery("")
  }
}
