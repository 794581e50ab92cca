/// The CLI's tables (`ferry list`, `status`, `info` as text): rows laid out in columns that fit a width,
/// drawn by the same `Table` widget as the TUI's, one row at a time into a one-line grid, and read back as text.
///
/// Columns are as wide as their widest cell in display columns (a CJK character counts two). When the table
/// is wider than `width`, the columns of `dropOrder` are left out first, in that order; then the widest
/// columns give way, their cells cut with `…`, never below `minimumColumn` and never a column of `whole`
/// (an identifier an operator copies: a cut id is a wrong id, so a table of ids may run past the width and
/// wrap). The header row is kept. Without a width (output to a file or pipe) nothing is dropped or cut.
/// Trailing blanks are dropped. Pure: returns lines, prints nothing.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  public var gap = 2
  public var minimumColumn = 8
  /// Titles of the columns never cut.
  public var whole: Set<String>
  /// Titles of the columns left out, in this order, while the table is too wide.
  public var dropOrder: [String]

  public init(header: [String], rows: [[String]], whole: Set<String> = [], dropOrder: [String] = []) {
    self.header = header
    self.rows = rows
    self.whole = whole
    self.dropOrder = dropOrder
  }

  public func lines(width: Int?) -> [String] {
    let content = contentWidths()
    let shown = shownColumns(content: content, available: width)
    let header = shown.map { self.header[$0] }
    let rows = self.rows.map { row in shown.map { row.indices.contains($0) ? row[$0] : "" } }
    let widths = columnWidths(header: header, content: shown.map { content[$0] }, available: width)
    let columns = widths.map { TableColumn("", minWidth: $0, maxWidth: $0) }
    var grid = CellGrid(width: widths.reduce(0, +) + gap * max(widths.count - 1, 0), height: 1)
    return ([header] + rows).map { cells in
      grid.fill(grid.area)
      Table(columns: columns, rows: [TableRow(cells)], showsHeader: false, spacing: gap)
        .render(in: grid.area, into: &grid, theme: .monochrome)
      return String(grid.lines[0].reversed().drop { $0 == " " }.reversed())
    }
  }

  /// The indices of the columns kept: `dropOrder`'s left out one by one while the whole cells do not fit.
  private func shownColumns(content widths: [Int], available: Int?) -> [Int] {
    var shown = Array(header.indices)
    guard let available else { return shown }
    func used() -> Int { shown.reduce(0) { $0 + widths[$1] } + gap * max(shown.count - 1, 0) }
    for title in dropOrder where used() > available {
      shown.removeAll { header[$0] == title }
    }
    return shown
  }

  /// The shown columns' widest cells, the widest that may be cut narrowed one column at a time until the
  /// table fits.
  private func columnWidths(header: [String], content: [Int], available: Int?) -> [Int] {
    var widths = content
    guard let available else { return widths }
    var excess = widths.reduce(0, +) + gap * max(widths.count - 1, 0) - available
    let cuttable = header.indices.filter { !whole.contains(header[$0]) }
    while excess > 0 {
      guard let widest = cuttable.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumn else { break }
      widths[widest] -= 1
      excess -= 1
    }
    return widths
  }

  /// Each column's widest cell, header included, measured once.
  private func contentWidths() -> [Int] {
    var widths = header.map(DisplayWidth.of)
    for row in rows {
      for (column, cell) in row.prefix(widths.count).enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    return widths
  }
}
