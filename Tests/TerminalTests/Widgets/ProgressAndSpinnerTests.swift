import Terminal
import Testing

@Suite struct ProgressBarTests {
  @Test(arguments: [
    (0.0, "░░░░░░░░░░ 0%"), (0.5, "█████░░░░░ 50%"), (0.47, "████▋░░░░░ 47%"), (1.0, "██████████ 100%"),
    (0.999, "█████████▉ 99%"), (-3, "░░░░░░░░░░ 0%"), (Double.nan, "░░░░░░░░░░ 0%"),
  ])
  func unicodeBar(fraction: Double, expected: String) {
    let label = ProgressBar(fraction: fraction).percentText
    let grid = render(ProgressBar(fraction: fraction), width: 11 + DisplayWidth.of(label), height: 1)
    assertLines(grid, [expected])
  }

  @Test func asciiBarAndCustomLabel() {
    let theme = Theme.default.with(glyphs: .ascii)
    let grid = render(ProgressBar(fraction: 0.25, label: "2/8 GiB"), width: 16, height: 1, theme: theme)
    assertLines(grid, ["##------ 2/8 GiB"])
    #expect(grid[0, 0].style == theme[.progress])
    #expect(grid[2, 0].style == theme[.progressTrack])
    #expect(grid[9, 0].style == theme[.text])
  }

  @Test func tooNarrowShowsOnlyTheLabel() {
    assertLines(render(ProgressBar(fraction: 0.5), width: 5, height: 1), ["50%  "])
    assertLines(render(ProgressBar(fraction: 0.5, label: "123456"), width: 3, height: 1), ["12…"])
  }
}

@Suite struct SpinnerTests {
  @Test(arguments: [(0, "⠋"), (1, "⠙"), (10, "⠋"), (13, "⠸"), (-1, "⠏")])
  func frames(tick: Int, frame: String) {
    #expect(Spinner(tick: tick).frame(.unicode) == frame)
  }

  @Test func asciiFramesAndLabel() {
    #expect(Spinner(tick: 5).frame(.ascii) == "/")
    let grid = render(
      Spinner(tick: 2, label: "loading images"), width: 10, height: 1, theme: Theme.default.with(glyphs: .ascii))
    assertLines(grid, ["- loading~"])
  }
}
