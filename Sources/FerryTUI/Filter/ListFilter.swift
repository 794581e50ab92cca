import Terminal

/// A list's `/` filter: the query being typed, whether it has the keyboard, and the index it narrows.
///
/// The source list and the destination list share it, so both filter the same way: `/` starts a new
/// query (the one it replaces is kept, ctrl-p brings it back), type to narrow, enter keeps the filter and
/// gives the keys back to the list, esc clears it. A filter belongs to its list's content: when that
/// changes (another tab, source or Region) the owner calls `reset()`. Pure value.
public struct ListFilter: Sendable, Equatable {
  public private(set) var input = TextInput()
  /// True while the query has the keyboard.
  public var editing = false
  public private(set) var index = FilterIndex()
  /// The query the last `/` or reset replaced, one key (ctrl-p) away.
  public private(set) var previous = ""

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

  /// `/`: a new, empty query with the keyboard; the one it replaces becomes `previous`.
  public mutating func begin() {
    if !input.text.isEmpty { previous = input.text }
    input.set("")
    index.setQuery("")
    editing = true
  }

  /// ctrl-p: swaps the query with the previous one; false when there is none.
  public mutating func recall() -> Bool {
    guard !previous.isEmpty else { return false }
    let current = input.text
    input.set(previous)
    index.setQuery(previous)
    previous = current.isEmpty ? previous : current
    return true
  }

  /// The list's content changed: the query no longer applies, so it is cleared (and kept as `previous`).
  public mutating func reset() {
    if !input.text.isEmpty { previous = input.text }
    clear()
  }

  /// Empties the query and lets the list have the keys again.
  public mutating func clear() {
    editing = false
    input.set("")
    index.setQuery("")
  }
}
