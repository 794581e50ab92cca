/// A bordered box with a title on the left and, optionally, another on the right.
///
///     ╭─ Copies ──────── 3 running ─╮
///     │                             │
///     ╰─────────────────────────────╯
///
/// Draws only the border (children render into `inner(area)`). The border takes the
/// `borderFocused` role when focused; titles are cut with an ellipsis when the box is narrow.
public struct Block: Widget, Sendable, Equatable {
  public var title: String?
  public var rightTitle: String?
  public var focused: Bool

  public init(title: String? = nil, rightTitle: String? = nil, focused: Bool = false) {
    self.title = title
    self.rightTitle = rightTitle
    self.focused = focused
  }

  /// The area inside the border.
  public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard area.width >= 2, area.height >= 2 else { return }
    let border = theme.glyphs.border
    let style = theme[focused ? .borderFocused : .border]
    let horizontal = String(repeating: String(border.horizontal), count: area.width - 2)
    grid.put(
      String(border.topLeft) + horizontal + String(border.topRight), x: area.x, y: area.y, style: style, clip: area)
    grid.put(
      String(border.bottomLeft) + horizontal + String(border.bottomRight), x: area.x, y: area.maxY - 1, style: style,
      clip: area)
    for y in (area.y + 1)..<(area.maxY - 1) {
      grid.put(String(border.vertical), x: area.x, y: y, style: style, clip: area)
      grid.put(String(border.vertical), x: area.maxX - 1, y: y, style: style, clip: area)
    }
    drawTitles(in: area, into: &grid, theme: theme)
  }

  /// Titles sit after "─ " on the left and before " ─" on the right, each padded by a space.
  private func drawTitles(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    let room = area.width - 4
    guard room > 2 else { return }
    let titleStyle = theme[.title]
    let ellipsis = theme.glyphs.ellipsis
    var rightWidth = 0
    if let rightTitle, !rightTitle.isEmpty {
      let text = " " + DisplayWidth.truncate(rightTitle, to: room - 2, ellipsis: ellipsis) + " "
      rightWidth = DisplayWidth.of(text)
      grid.put(text, x: area.maxX - 2 - rightWidth, y: area.y, style: titleStyle, clip: area)
    }
    if let title, !title.isEmpty {
      let available = room - (rightWidth > 0 ? rightWidth + 1 : 0) - 2
      guard available > 0 else { return }
      let text = " " + DisplayWidth.truncate(title, to: available, ellipsis: ellipsis) + " "
      grid.put(text, x: area.x + 2, y: area.y, style: titleStyle, clip: area)
    }
  }
}
