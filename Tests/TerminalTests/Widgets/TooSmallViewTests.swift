import Terminal
import Testing

@Suite struct TooSmallViewTests {
  private func view(_ width: Int, _ height: Int) -> TooSmallView {
    TooSmallView(minimum: TerminalSize(width: 80, height: 24), actual: TerminalSize(width: width, height: height))
  }

  @Test func fullSentenceWhenItFits() {
    assertLines(
      render(view(40, 5), width: 40, height: 5),
      [
        "                                        ",
        "  enlarge the window to at least 80×24  ",
        "               (now 40×5)               ",
        "                                        ",
        "                                        ",
      ])
  }

  @Test func twentyBySixWraps() {
    assertLines(
      render(view(20, 6), width: 20, height: 6),
      [
        "                    ",
        " enlarge the window ",
        " to at least 80×24  ",
        "     (now 20×6)     ",
        "                    ",
        "                    ",
      ])
  }

  @Test(arguments: [
    (12, 1, [" need 80×24 "]), (5, 1, ["80×24"]), (1, 1, ["!"]), (3, 2, [" ! ", "   "]),
  ])
  func shorterWordingsForTinyWindows(width: Int, height: Int, expected: [String]) {
    assertLines(render(view(width, height), width: width, height: height), expected)
  }

  @Test func usesTheWarningRole() {
    let grid = render(view(1, 1), width: 1, height: 1)
    #expect(grid[0, 0].style == Theme.default[.warning])
  }
}
