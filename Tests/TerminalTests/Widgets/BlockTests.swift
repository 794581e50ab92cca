import Terminal
import Testing

@Suite struct BlockTests {
  @Test func bordersAndTitles() {
    let grid = render(Block(title: "Copies", rightTitle: "3 running"), width: 24, height: 3)
    assertLines(
      grid,
      [
        "╭─ Copies ─ 3 running ─╮",
        "│                      │",
        "╰──────────────────────╯",
      ])
  }

  @Test func narrowBlockCutsTheTitleFirst() {
    let grid = render(Block(title: "Destinations", rightTitle: "2/9"), width: 16, height: 2)
    assertLines(
      grid,
      [
        "╭─ Des… ─ 2/9 ─╮",
        "╰──────────────╯",
      ])
  }

  @Test func asciiBordersAndFocusStyle() {
    let theme = Theme.default.with(glyphs: .ascii)
    let grid = render(Block(title: "Tags", focused: true), width: 10, height: 3, theme: theme)
    assertLines(
      grid,
      [
        "+- Tags -+",
        "|        |",
        "+--------+",
      ])
    #expect(grid[0, 0].style == theme[.borderFocused])
    #expect(grid[3, 0].style == theme[.title])
  }

  @Test func innerAreaAndTinySizes() {
    #expect(Block().inner(Rect(x: 2, y: 1, width: 10, height: 5)) == Rect(x: 3, y: 2, width: 8, height: 3))
    assertLines(render(Block(title: "x"), width: 1, height: 1), [" "])
    assertLines(render(Block(title: "long title"), width: 4, height: 2), ["╭──╮", "╰──╯"])
  }
}
