import Terminal
import Testing

@Suite struct ScreenTests {
  private func frame(_ lines: [String], width: Int = 10, height: Int = 3) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    for (y, line) in lines.enumerated() { grid.put(line, x: 0, y: y) }
    return grid
  }

  // MARK: - diffing

  @Test func firstFrameClearsAndSendsOnlyNonBlankCells() {
    let backend = InMemoryBackend(width: 10, height: 3)
    let screen = Screen(backend: backend)
    screen.draw(frame(["hello"]))
    assertLines(backend, ["hello     ", "          ", "          "])
    #expect(backend.frames == [InMemoryBackend.Frame(cellsWritten: 5, textBytes: 5, cleared: true)])
  }

  @Test func laterFramesSendOnlyTheChangedCells() {
    let backend = InMemoryBackend(width: 10, height: 3)
    let screen = Screen(backend: backend)
    screen.draw(frame(["copy 41%", "waiting"]))
    screen.draw(frame(["copy 42%", "waiting"]))
    #expect(screen.lastChangeCount == 1)
    #expect(backend.frames.last == InMemoryBackend.Frame(cellsWritten: 1, textBytes: 1, cleared: false))
    screen.draw(frame(["copy 42%", "waiting"]))
    #expect(backend.frames.last == InMemoryBackend.Frame(cellsWritten: 0, textBytes: 0, cleared: false))
    assertLines(backend, ["copy 42%  ", "waiting   ", "          "])
  }

  @Test func styleChangesAreChanges() {
    let backend = InMemoryBackend(width: 4, height: 1)
    let screen = Screen(backend: backend)
    screen.draw(CellGrid(lines: ["ab  "]))
    var next = CellGrid(lines: ["ab  "])
    next.setStyle(Style(attributes: .reverse), in: Rect(x: 0, y: 0, width: 1, height: 1))
    screen.draw(next)
    #expect(backend.frames.last?.cellsWritten == 1)
    #expect(backend.grid[0, 0].style.attributes == .reverse)
  }

  // MARK: - resize and invalidate

  @Test func resizeRedrawsEverything() {
    let backend = InMemoryBackend(width: 10, height: 3)
    let screen = Screen(backend: backend)
    screen.draw(frame(["abc"]))
    backend.resize(width: 6, height: 2)
    #expect(backend.readKey(timeout: .milliseconds(50)) == .resize)
    screen.draw { grid in grid.put("abc", x: 0, y: 1) }
    assertLines(backend, ["      ", "abc   "])
    #expect(backend.frames.last == InMemoryBackend.Frame(cellsWritten: 3, textBytes: 3, cleared: true))
  }

  @Test func invalidateForcesAFullFrame() {
    let backend = InMemoryBackend(width: 4, height: 1)
    let screen = Screen(backend: backend)
    screen.draw(CellGrid(lines: ["abcd"]))
    screen.invalidate()
    screen.draw(CellGrid(lines: ["abcd"]))
    #expect(backend.frames.last == InMemoryBackend.Frame(cellsWritten: 4, textBytes: 4, cleared: true))
  }

  // MARK: - cursor, keys, wide characters

  @Test func cursorIsShownInsideTheFrameAndHiddenOtherwise() {
    let backend = InMemoryBackend(width: 4, height: 2)
    let screen = Screen(backend: backend)
    screen.draw(CellGrid(width: 4, height: 2), cursor: CursorPosition(x: 3, y: 1))
    #expect(backend.cursor == CursorPosition(x: 3, y: 1))
    screen.draw(CellGrid(width: 4, height: 2), cursor: CursorPosition(x: 4, y: 1))
    #expect(backend.cursor == nil)
  }

  @Test func scriptedKeysComeInOrderThenNil() {
    let backend = InMemoryBackend(width: 1, height: 1, keys: [.down, .enter])
    backend.type([.character("q")])
    #expect(backend.readKey(timeout: .zero) == .down)
    #expect(backend.readKey(timeout: .zero) == .enter)
    #expect(backend.readKey(timeout: .zero) == .character("q"))
    #expect(backend.readKey(timeout: .zero) == nil)
  }

  @Test func wideCharactersAreSentOnceAndCountTheirBytes() {
    let backend = InMemoryBackend(width: 4, height: 1)
    Screen(backend: backend).draw(CellGrid(lines: ["漢a"]))
    #expect(backend.frames.last == InMemoryBackend.Frame(cellsWritten: 2, textBytes: 4, cleared: true))
    assertLines(backend, ["漢a "])
  }

  // MARK: - mismatch report

  @Test func mismatchNamesTheDifferingRows() {
    let backend = InMemoryBackend(width: 3, height: 2)
    Screen(backend: backend).draw(CellGrid(lines: ["abc", "def"]))
    #expect(backend.mismatch(with: ["abc", "def"]) == nil)
    let report = backend.mismatch(with: ["abc", "dEf"]) ?? ""
    #expect(report.hasPrefix("row 1: expected \"dEf\"\n        got \"def\""))
    #expect(LinesComparison.mismatch(actual: ["a"], expected: ["a", "b"])?.hasPrefix("expected 2 rows, got 1") == true)
  }
}

@Suite struct InMemoryEventSourceTests {
  @Test func signalsComeBeforeKeys() {
    let backend = InMemoryBackend(width: 1, height: 1, keys: [.character("x")])
    backend.send(.resumed)
    backend.send(.interrupt)
    let source: any TerminalEventSource = backend
    #expect(source.nextEvent(timeout: .zero) == .signal(.resumed))
    #expect(source.nextEvent(timeout: .zero) == .signal(.interrupt))
    #expect(source.nextEvent(timeout: .zero) == .key(.character("x")))
    #expect(source.nextEvent(timeout: .zero) == nil)
    #expect(TerminalSignal.allCases.filter(\.endsSession) == [.interrupt, .terminate, .hangup])
  }
}
