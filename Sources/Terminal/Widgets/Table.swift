/// Rows under a header, in columns that fit the width, with one selected row kept in view.
///
/// Rows come from a closure so that a model of any size costs only the rows on screen: a
/// 100,000-row listing draws 60 rows, not 100,000. The selected row takes the `selection` role
/// (`selectionInactive` when the table does not have focus); other rows use their own roles.
public struct Table: Widget {
  public var columns: [TableColumn]
  public var rowCount: Int
  public var row: (Int) -> TableRow
  public var state: TableState
  public var focused: Bool
  public var showsHeader: Bool
  public var spacing: Int

  public init(
    columns: [TableColumn], rowCount: Int, state: TableState = TableState(), focused: Bool = true,
    showsHeader: Bool = true, spacing: Int = 1, row: @escaping (Int) -> TableRow
  ) {
    self.columns = columns
    self.rowCount = max(0, rowCount)
    self.row = row
    self.state = state
    self.focused = focused
    self.showsHeader = showsHeader
    self.spacing = max(0, spacing)
  }

  /// A table over rows already in memory.
  public init(
    columns: [TableColumn], rows: [TableRow], state: TableState = TableState(), focused: Bool = true,
    showsHeader: Bool = true, spacing: Int = 1
  ) {
    self.init(
      columns: columns, rowCount: rows.count, state: state, focused: focused, showsHeader: showsHeader,
      spacing: spacing, row: { rows[$0] })
  }

  /// How many rows of data fit in `area` (for paging and `TableState`).
  public func visibleRows(in area: Rect) -> Int { max(0, area.height - (showsHeader ? 1 : 0)) }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let widths = TableColumn.widths(of: columns, available: area.width, spacing: spacing)
    var y = area.y
    if showsHeader {
      let header = columns.map { Span($0.title, .tableHeader) }
      drawCells(header, widths: widths, y: y, area: area, into: &grid, theme: theme, override: nil)
      y += 1
    }
    let visible = visibleRows(in: area)
    let top = TableState.visibleOffset(
      selected: state.selected, offset: state.offset, visibleRows: visible, rowCount: rowCount)
    for index in top..<min(rowCount, top + visible) {
      var selectionStyle: Style?
      if index == state.selected {
        let style = theme[focused ? .selection : .selectionInactive]
        grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: style))
        selectionStyle = style
      }
      drawCells(row(index).cells, widths: widths, y: y, area: area, into: &grid, theme: theme, override: selectionStyle)
      y += 1
    }
  }

  private func drawCells(
    _ cells: [Span], widths: [Int], y: Int, area: Rect, into grid: inout CellGrid, theme: Theme, override: Style?
  ) {
    var x = area.x
    for (index, width) in widths.enumerated() {
      defer { x += width + spacing }
      guard width > 0, index < cells.count else { continue }
      let span = cells[index]
      let text = DisplayWidth.truncate(span.text, to: width, ellipsis: theme.glyphs.ellipsis)
      let offset = columns[index].alignment.offset(width: DisplayWidth.of(text), available: width)
      let style = override.map { $0.adding(span.extra) } ?? span.style(in: theme)
      grid.put(
        text, x: x + offset, y: y, style: style, clip: Rect(x: x, y: y, width: width, height: 1).intersection(area))
    }
  }
}
