import Terminal
import Testing

@Suite struct ParagraphTests {
  @Test func wrapsAtWords() {
    let grid = render(Paragraph("The copy is pending in us-west-2 since 03:12."), width: 14, height: 4)
    assertLines(
      grid,
      [
        "The copy is   ",
        "pending in    ",
        "us-west-2     ",
        "since 03:12.  ",
      ])
  }

  @Test func longWordsAreSplitAndTheLastShownRowSaysThereIsMore() {
    let grid = render(Paragraph("snap-0123456789abcdef0 is encrypted"), width: 10, height: 2)
    assertLines(
      grid,
      [
        "snap-01234",
        "56789abcd…",
      ])
  }

  @Test func withoutWrapLinesAreCutWithAnEllipsis() {
    let grid = render(Paragraph("first line is long\nsecond", wrap: false), width: 10, height: 3)
    assertLines(
      grid,
      [
        "first lin…",
        "second    ",
        "          ",
      ])
  }

  @Test func alignmentAndStyledSpans() {
    let line = Line([Span("ok ", .ok), Span("done", .dim)])
    let grid = render(Paragraph(lines: [line], alignment: .right), width: 10, height: 1)
    assertLines(grid, ["   ok done"])
    #expect(grid[3, 0].style == Theme.default[.ok])
    #expect(grid[6, 0].style == Theme.default[.dim])
    assertLines(render(Paragraph("mid", alignment: .center), width: 7, height: 1), ["  mid  "])
  }

  @Test func scrollSkipsRows() {
    let paragraph = Paragraph(lines: ["a", "b", "c"], scroll: 1)
    assertLines(render(paragraph, width: 3, height: 2), ["b  ", "c  "])
    #expect(paragraph.rows(width: 3).count == 3)
  }

  @Test func wrapKeepsWideCharactersWhole() {
    #expect(TextWrap.wrap(Line("漢字漢字"), width: 5).map(\.text) == ["漢字", "漢字"])
    #expect(TextWrap.wrap(Line(""), width: 5).map(\.text) == [""])
    #expect(TextWrap.wrap(Line("a  b"), width: 1).map(\.text) == ["a", "b"])
  }
}
