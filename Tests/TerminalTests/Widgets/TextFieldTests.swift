import Terminal
import Testing

@Suite struct TextFieldStateTests {
  private func typed(_ keys: [Key], into text: String = "", cursor: Int? = nil) -> TextFieldState {
    var state = TextFieldState(text, cursor: cursor)
    for key in keys { state.handle(key) }
    return state
  }

  // MARK: - editing keys

  @Test(
    arguments: [
      ("", [Key.character("a"), .character("b")], "ab", 2),
      ("abc", [.backspace], "ab", 2),
      ("abc", [.left, .left, .backspace], "bc", 0),
      ("abc", [.home, .delete], "bc", 0),
      ("abc", [.home, .right, .character("X")], "aXbc", 2),
      ("abc", [.control("a"), .control("e"), .character("!")], "abc!", 4),
      ("copy of web server", [.control("w")], "copy of web ", 12),
      ("copy of web   ", [.control("w")], "copy of ", 8),
      ("copy of web", [.left, .left, .left, .control("u")], "web", 0),
      ("copy of web", [.home, .right, .control("k")], "c", 1),
      ("", [.backspace, .delete, .left, .control("w")], "", 0),
      ("e\u{301}t\u{e9}", [.backspace, .backspace], "e\u{301}", 1),
    ] as [(String, [Key], String, Int)])
  func editing(initial: String, keys: [Key], text: String, cursor: Int) {
    let state = typed(keys, into: initial)
    #expect(state.text == text)
    #expect(state.cursor == cursor)
  }

  @Test func nonEditingKeysAreLeftToTheCaller() {
    var state = TextFieldState("x")
    let consumed = [Key.enter, .escape, .up, .character("y")].map { state.handle($0) }
    #expect(consumed == [false, false, false, true])
    #expect(state.text == "xy")
  }

  @Test func pasteTurnsLineBreaksIntoSpaces() {
    var state = TextFieldState()
    state.insert("a\nb")
    #expect(state.text == "a b")
  }
}

@Suite struct TextFieldTests {
  @Test func drawsTextAndCursorCell() {
    let field = TextField(state: TextFieldState("web", cursor: 1))
    let grid = render(field, width: 6, height: 1)
    assertLines(grid, ["web   "])
    #expect(grid[1, 0].style == Theme.default[.inputCursor])
    #expect(grid[0, 0].style == Theme.default[.input])
    #expect(grid[5, 0].style == Theme.default[.input], "the whole field is drawn as input")
    #expect(field.cursorPosition(in: Rect(x: 2, y: 3, width: 6, height: 1)) == CursorPosition(x: 3, y: 3))
  }

  @Test func scrollsToKeepTheCursorInView() {
    let field = TextField(state: TextFieldState("ami-0123456789"))
    let grid = render(field, width: 6, height: 1)
    assertLines(grid, ["56789 "])
    #expect(grid[5, 0].style == Theme.default[.inputCursor])
  }

  @Test func placeholderWhenEmptyAndNoCursorWithoutFocus() {
    let field = TextField(state: TextFieldState(), placeholder: "name of the copy", focused: false)
    let grid = render(field, width: 10, height: 1)
    assertLines(grid, ["name of t…"])
    #expect(grid[0, 0].style.foreground == Theme.default[.placeholder].foreground)
    #expect(field.cursorPosition(in: grid.area) == nil)
  }

  @Test func maskHidesSecrets() {
    let grid = render(TextField(state: TextFieldState("hunter2"), focused: false, mask: "*"), width: 9, height: 1)
    assertLines(grid, ["*******  "])
  }

  @Test func wideCharactersScrollWhole() {
    let grid = render(TextField(state: TextFieldState("漢字漢字")), width: 5, height: 1)
    assertLines(grid, ["漢字 "])
  }
}
