/// A one-line text input: the text in the `input` role, the cursor cell in `inputCursor`.
///
/// Scrolls sideways to keep the cursor in view; shows `placeholder` (in `placeholder`) when empty.
/// `mask` draws every character as the mask (for secrets). The cursor is drawn as a styled cell
/// rather than the terminal's cursor, so it looks the same in every terminal; `cursorPosition(in:)`
/// gives its place for a caller that wants the real cursor too.
public struct TextField: Widget, Sendable, Equatable {
  public var state: TextFieldState
  public var placeholder: String
  public var focused: Bool
  public var mask: Character?

  public init(state: TextFieldState, placeholder: String = "", focused: Bool = true, mask: Character? = nil) {
    self.state = state
    self.placeholder = placeholder
    self.focused = focused
    self.mask = mask
  }

  /// The first character shown: chosen so the cursor (and one cell for it) fits in `width`.
  private func firstVisible(width: Int, characters: [Character]) -> Int {
    var first = 0
    var columns = characters[..<state.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    while columns + 1 > width, first < state.cursor {
      columns -= DisplayWidth.of(characters[first])
      first += 1
    }
    return first
  }

  private var shownCharacters: [Character] {
    mask.map { Array(repeating: $0, count: state.allCharacters.count) } ?? state.allCharacters
  }

  public func cursorPosition(in area: Rect) -> CursorPosition? {
    guard focused, !area.isEmpty else { return nil }
    let characters = shownCharacters
    let first = firstVisible(width: area.width, characters: characters)
    let column = characters[first..<state.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    return CursorPosition(x: area.x + column, y: area.y)
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    grid.fill(row, with: Cell(" ", style: theme[.input]))
    let characters = shownCharacters
    if characters.isEmpty, !placeholder.isEmpty {
      let text = DisplayWidth.truncate(placeholder, to: area.width, ellipsis: theme.glyphs.ellipsis)
      grid.put(text, x: area.x, y: area.y, style: theme[.placeholder].adding(theme[.input].attributes), clip: row)
    } else {
      let first = firstVisible(width: area.width, characters: characters)
      grid.put(String(characters[first...]), x: area.x, y: area.y, style: theme[.input], clip: row)
    }
    if focused, let cursor = cursorPosition(in: area) {
      let under = state.cursor < characters.count ? String(characters[state.cursor]) : " "
      let text = characters.isEmpty && !placeholder.isEmpty ? grid[cursor.x, cursor.y].text : under
      grid.put(text.isEmpty ? " " : text, x: cursor.x, y: cursor.y, style: theme[.inputCursor], clip: row)
    }
  }
}
