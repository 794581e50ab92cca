import Terminal
import Testing

@Suite struct CellGridTests {
  // MARK: - put and clipping

  @Test func putWritesTextAndReturnsColumns() {
    var grid = CellGrid(width: 6, height: 1)
    #expect(grid.put("abc", x: 1, y: 0) == 3)
    assertLines(grid, [" abc  "])
  }

  @Test func putStopsAtTheClipAndTheEdge() {
    var grid = CellGrid(width: 6, height: 2)
    grid.put("abcdef", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
    grid.put("abcdef", x: 3, y: 1)
    grid.put("zz", x: 0, y: 5)
    assertLines(grid, ["abc   ", "   abc"])
  }

  @Test func putSkipsTheCellsLeftOfTheClip() {
    var grid = CellGrid(width: 5, height: 1)
    grid.put("abcde", x: -2, y: 0)
    assertLines(grid, ["cde  "])
  }

  @Test(arguments: [
    ("abcdef", 0, 3), ("abc", -2, 3), ("abc", 10, 0), ("a漢c", 0, 1), ("漢字", -1, 2), ("é漢", 0, 1),
  ])
  func putReturnsTheColumnsAdvancedInsideTheClip(text: String, x: Int, columns: Int) {
    var grid = CellGrid(width: 6, height: 1)
    let clip = Rect(x: 0, y: 0, width: text.contains("漢") ? 2 : 3, height: 1)
    #expect(grid.put(text, x: x, y: 0, clip: clip) == columns)
  }

  // MARK: - wide characters

  @Test func wideCharacterTakesTwoCellsWithAContinuation() {
    var grid = CellGrid(width: 5, height: 1)
    #expect(grid.put("漢字", x: 0, y: 0) == 4)
    #expect(grid[1, 0] == .continuation)
    #expect(grid[3, 0].isContinuation)
    assertLines(grid, ["漢字 "])
  }

  @Test func wideCharacterThatWouldStraddleTheEdgeIsNotDrawn() {
    var grid = CellGrid(width: 3, height: 1)
    grid.put("a漢字", x: 0, y: 0)
    assertLines(grid, ["a漢"])
    var narrow = CellGrid(width: 2, height: 1)
    narrow.put("a漢", x: 0, y: 0)
    assertLines(narrow, ["a "])
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("漢字", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)
    assertLines(grid, [" x字"])
    grid.put("y", x: 2, y: 0)
    assertLines(grid, [" xy "])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var grid = CellGrid(width: 3, height: 1)
    grid.put("e\u{301}a", x: 0, y: 0)
    #expect(grid[0, 0].text == "e\u{301}")
    #expect(grid[0, 0].text.unicodeScalars.count == 2)
    #expect(grid.lines == ["e\u{301}a "])
  }

  // MARK: - fill, diff, lines

  @Test func fillIsClipped() {
    var grid = CellGrid(width: 4, height: 2)
    grid.fill(Rect(x: 2, y: 1, width: 10, height: 10), with: Cell("#"))
    assertLines(grid, ["    ", "  ##"])
  }

  @Test func diffReportsOnlyChangedCells() {
    let before = CellGrid(lines: ["abc", "def"])
    var after = before
    after.put("X", x: 1, y: 1)
    after[2, 0] = Cell("c", style: Style(attributes: .bold))
    #expect(
      after.diff(from: before) == [
        CellChange(x: 2, y: 0, cell: Cell("c", style: Style(attributes: .bold))),
        CellChange(x: 1, y: 1, cell: Cell("X")),
      ])
    #expect(before.diff(from: before).isEmpty)
  }

  @Test func diffAgainstAnotherSizeIsEverything() {
    let grid = CellGrid(lines: ["ab", "cd"])
    #expect(grid.diff(from: CellGrid(width: 3, height: 2)).count == 4)
  }

  @Test func initFromLinesAndDebugDescription() {
    let grid = CellGrid(lines: ["ab", "c"])
    #expect(grid.width == 2)
    #expect(grid.lines == ["ab", "c "])
    #expect(grid.debugDescription == "CellGrid(2×2):\n  \"ab\"\n  \"c \"")
  }

  @Test func setStyleKeepsText() {
    var grid = CellGrid(lines: ["ab"])
    grid.setStyle(Style(attributes: .reverse), in: Rect(x: 1, y: 0, width: 5, height: 1))
    #expect(grid[0, 0].style == .plain)
    #expect(grid[1, 0] == Cell("b", style: Style(attributes: .reverse)))
  }
}

@Suite struct DisplayWidthTests {
  @Test(
    arguments: [
      ("a", 1), ("漢", 2), ("😀", 2), ("🇫🇷", 2), ("e\u{301}", 1), ("é", 1), ("한", 2),
      // Controls and bidi characters are drawn as their escape (`\u0007`).
      ("\u{7}", 6), ("\u{9B}", 6), ("\u{202E}", 6),
    ] as [(Character, Int)])
  func widthOfCharacter(character: Character, width: Int) {
    #expect(DisplayWidth.of(character) == width)
  }

  @Test(arguments: [
    ("hello world", 8, "hello w…"), ("short", 8, "short"), ("漢字漢字", 5, "漢字…"), ("abc", 1, "…"),
    ("abc", 0, ""), ("abcdef", 3, "ab…"),
  ])
  func truncate(text: String, columns: Int, expected: String) {
    #expect(DisplayWidth.truncate(text, to: columns) == expected)
    #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: columns)) <= columns)
  }
}

@Suite struct RectLayoutTests {
  @Test func slicesAndCentering() {
    let area = Rect(x: 1, y: 2, width: 10, height: 5)
    #expect(area.sliceTop(1) == (Rect(x: 1, y: 2, width: 10, height: 1), Rect(x: 1, y: 3, width: 10, height: 4)))
    #expect(area.sliceBottom(9).bottom == area)
    #expect(area.sliceLeft(3).rest == Rect(x: 4, y: 2, width: 7, height: 5))
    #expect(area.centered(width: 4, height: 3) == Rect(x: 4, y: 3, width: 4, height: 3))
    #expect(area.inset(by: 3).isEmpty)
  }
}
