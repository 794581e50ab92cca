import Terminal
import Testing

@testable import FerryTUI

@Suite struct TextWindowTests {
  // MARK: - Fit

  @Test(
    arguments: [
      // text, cursor, width → shown, cursor column
      ("abc", 3, 10, "abc", 3),
      ("abcdefghij", 9, 10, "abcdefghij", 9),
      ("abcdefghij", 10, 10, "…cdefghij", 9),
      ("abcdefghijklmnop", 16, 10, "…ijklmnop", 9),
      ("abcdefghijklmnop", 12, 10, "…efghijklmnop", 9),
      ("abcdefghijklmnop", 0, 10, "abcdefghijklmnop", 0),
      ("漢字漢字漢字", 6, 7, "…漢字", 5),
      ("abc", 3, 1, "", 0),
    ] as [(String, Int, Int, String, Int)])
  func fit(text: String, cursor: Int, width: Int, shown: String, column: Int) {
    let result = TextWindow.fit(text, cursor: cursor, width: width, ellipsis: "…")
    #expect(result.text == shown)
    #expect(result.cursor == column)
  }

  @Test func theCursorIsAlwaysInsideTheWidth() {
    let text = String(repeating: "ab漢", count: 50)
    for width in 2...40 {
      for cursor in 0...text.count {
        let result = TextWindow.fit(text, cursor: cursor, width: width, ellipsis: "…")
        #expect(result.cursor < width, "width \(width), cursor \(cursor): column \(result.cursor)")
      }
    }
  }

  // MARK: - On screen

  /// A query pasted 1,000 characters long: the line shows its end and the cursor after it, with the counts.
  @Test func aLongFilterShowsWhatIsBeingTyped() {
    var state = ViewStates.source(width: 80, height: 24)
    _ = update(&state, .key(.character("/")))
    let query = (0..<200).map { String(format: "%04d-", $0) }.joined()
    for character in query { _ = update(&state, .key(.character(character))) }
    #expect(state.source.filter.text == query)
    var grid = CellGrid(width: 80, height: 24)
    let cursor = AppView.render(state, into: &grid)
    #expect(grid.lines[22] == "/…186-0187-0188-0189-0190-0191-0192-0193-0194-0195-0196-0197-0198-0199-  0 of 3 ")
    #expect(cursor == CursorPosition(x: 71, y: 22))
  }

  @Test func aLongNameScrollsInsideItsField() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("u")))
    let name = String(repeating: "web-", count: 40) + "end"
    for character in name { _ = update(&state, .key(.character(character))) }
    #expect(state.options.name.text == name)
    var grid = CellGrid(width: 80, height: 24)
    let cursor = AppView.render(state, into: &grid)
    let line = grid.lines[2]
    #expect(line.hasPrefix("▸ Name             …"))
    #expect(line.hasSuffix("web-web-end "))
    #expect(cursor == CursorPosition(x: 79, y: 2))
  }

  @Test func aLongCommandLineScrolls() {
    var state = ViewStates.source(width: 60, height: 16)
    _ = update(&state, .key(.character(":")))
    let command = "region " + String(repeating: "x", count: 100)
    for character in command { _ = update(&state, .key(.character(character))) }
    var grid = CellGrid(width: 60, height: 16)
    let cursor = AppView.render(state, into: &grid)
    #expect(grid.lines[14] == ":…" + String(repeating: "x", count: 57) + " ")
    #expect(cursor == CursorPosition(x: 59, y: 14))
  }
}
