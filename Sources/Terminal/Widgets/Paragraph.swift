/// Lines of styled text, wrapped at word boundaries or cut with an ellipsis.
///
/// When wrapping and the text needs more rows than the area has, the last row shown ends with the
/// ellipsis so the reader knows there is more. `scroll` skips that many (wrapped) rows.
public struct Paragraph: Widget, Sendable, Equatable {
  public var lines: [Line]
  public var wrap: Bool
  public var alignment: Alignment
  public var scroll: Int

  public init(lines: [Line], wrap: Bool = true, alignment: Alignment = .left, scroll: Int = 0) {
    self.lines = lines
    self.wrap = wrap
    self.alignment = alignment
    self.scroll = max(0, scroll)
  }

  /// Plain text in one role; `\n` starts a new line.
  public init(_ text: String, role: ThemeRole = .text, wrap: Bool = true, alignment: Alignment = .left) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0), role) }
    self.init(lines: lines, wrap: wrap, alignment: alignment)
  }

  /// The rows the text takes at `width` columns: for sizing a box around it.
  public func rows(width: Int) -> [Line] {
    wrap ? lines.flatMap { TextWrap.wrap($0, width: width) } : lines
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let all = rows(width: area.width)
    let visible = Array(all.dropFirst(scroll).prefix(area.height))
    let ellipsis = theme.glyphs.ellipsis
    for (index, row) in visible.enumerated() {
      var line = row.truncated(to: area.width, ellipsis: ellipsis)
      let isLastShown = index == visible.count - 1 && scroll + visible.count < all.count
      if wrap, isLastShown {
        let cut = row.truncated(to: area.width - DisplayWidth.of(ellipsis), ellipsis: "")
        line = Line(cut.spans + [Span(ellipsis, row.spans.last?.role ?? .text)])
      }
      let x = area.x + alignment.offset(width: line.width, available: area.width)
      line.draw(into: &grid, x: x, y: area.y + index, clip: area, theme: theme)
    }
  }
}
