/// The CLI's tables (`ferry list`, `status`, `info` as text): rows laid out in columns that fit a width,
/// drawn by the same `Table` widget as the TUI's, one row at a time into a one-line grid, and read back as text.
///
/// Columns are as wide as their widest cell in display columns (a CJK character counts two). When the table
/// is wider than `width`, the widest columns give way first, their cells cut with `…`, never below
/// `minimumColumn`; the header row is kept. Without a width (output to a file or pipe) nothing is cut.
/// Trailing blanks are dropped. Pure: returns lines, prints nothing.
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  public var gap = 2
  public var minimumColumn = 8

  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  public func lines(width: Int?) -> [String] {
    let widths = columnWidths(available: width)
    let columns = widths.map { TableColumn("", minWidth: $0, maxWidth: $0) }
    var grid = CellGrid(width: widths.reduce(0, +) + gap * max(widths.count - 1, 0), height: 1)
    return ([header] + rows).map { cells in
      grid.fill(grid.area)
      Table(columns: columns, rows: [TableRow(cells)], showsHeader: false, spacing: gap)
        .render(in: grid.area, into: &grid, theme: .monochrome)
      return String(grid.lines[0].reversed().drop { $0 == " " }.reversed())
    }
  }

  /// Each column's widest cell, then the widest columns narrowed one column at a time until the table fits.
  func columnWidths(available: Int?) -> [Int] {
    let all = [header] + rows
    var widths = header.indices.map { column in
      all.map { $0.count > column ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
    }
    guard let available else { return widths }
    var excess = widths.reduce(0, +) + gap * max(widths.count - 1, 0) - available
    while excess > 0 {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumn else {
        break
      }
      widths[widest] -= 1
      excess -= 1
    }
    return widths
  }
}
