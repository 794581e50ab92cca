import Terminal

/// A one-line text being edited: its text and the cursor, with the editing keys of a shell prompt.
///
/// Pure value: `apply(_:)` says whether the key was an editing key, so callers can handle the rest.
public struct TextInput: Sendable, Equatable {
  public private(set) var text: String
  /// Cursor position in characters, 0...text.count.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    self.cursor = text.count
  }

  public mutating func set(_ newText: String) {
    text = newText
    cursor = newText.count
  }

  /// Applies an editing key.
  ///
  /// Returns false for keys that are not editing keys.
  public mutating func apply(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      insert(character)
    case .backspace:
      guard cursor > 0 else { return true }
      remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return true }
      remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("u"):
      text = String(text.dropFirst(cursor))
      cursor = 0
    case .control("k"):
      text = String(text.prefix(cursor))
    case .control("w"):
      let before = Array(text.prefix(cursor))
      var start = before.count
      while start > 0, before[start - 1] == " " { start -= 1 }
      while start > 0, before[start - 1] != " " { start -= 1 }
      text = String(before[0..<start]) + String(text.dropFirst(cursor))
      cursor = start
    default:
      return false
    }
    return true
  }

  private mutating func insert(_ character: Character) {
    let index = text.index(text.startIndex, offsetBy: cursor)
    text.insert(character, at: index)
    cursor += 1
  }

  private mutating func remove(at offset: Int) {
    let index = text.index(text.startIndex, offsetBy: offset)
    text.remove(at: index)
  }
}
