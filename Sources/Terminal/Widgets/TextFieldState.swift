/// The text being edited in a `TextField` and where the cursor is: a value the caller keeps.
///
/// Emacs/readline keys as shells have them: Ctrl-A/E home/end, Ctrl-B/F left/right, Ctrl-W deletes
/// the word before the cursor, Ctrl-U everything before it, Ctrl-K everything after it. The cursor
/// counts characters (grapheme clusters), so accents and emoji move and delete as one.
public struct TextFieldState: Sendable, Equatable {
  private var characters: [Character]
  /// 0…count: the index of the character the cursor stands before.
  public private(set) var cursor: Int

  public init(_ text: String = "", cursor: Int? = nil) {
    characters = Array(text)
    self.cursor = min(max(0, cursor ?? characters.count), characters.count)
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Applies an editing key.
  ///
  /// - Returns: false when the key is not an editing key (the caller's).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(character)
    case .backspace, .control("h"): deleteBackward()
    case .delete, .control("d"): deleteForward()
    case .left, .control("b"): moveLeft()
    case .right, .control("f"): moveRight()
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = characters.count
    case .control("w"): deleteWordBackward()
    case .control("u"): deleteToStart()
    case .control("k"): deleteToEnd()
    default: return false
    }
    return true
  }

  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  /// Inserts pasted text; line breaks become spaces (a field is one line).
  public mutating func insert(_ text: String) {
    for character in text { insert(character.isNewline ? " " : character) }
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

  /// Deletes spaces before the cursor, then the word before them (Ctrl-W).
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Deletes everything before the cursor (Ctrl-U).
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Deletes everything after the cursor (Ctrl-K).
  public mutating func deleteToEnd() {
    characters.removeSubrange(cursor..<characters.count)
  }

  /// Columns from the start of the text to the cursor.
  var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) } }
  var allCharacters: [Character] { characters }
}
