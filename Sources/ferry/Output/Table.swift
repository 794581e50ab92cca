import Foundation

/// Lays rows out as aligned text columns that fit a width.
///
/// Pure: returns lines, prints nothing.
///
/// Columns are as wide as their widest cell. When the table is wider than `width`, the widest
/// columns give way first, their cells cut with `…`, never below `minimumColumn` characters; a
/// header row is kept. Without a width (output to a file or pipe) nothing is cut.
struct Table {
  var header: [String]
  var rows: [[String]]
  var gap = 2
  var minimumColumn = 8

  func lines(width: Int?) -> [String] {
    let all = [header] + rows
    let count = header.count
    var widths = (0..<count).map { column in all.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
    if let width {
      var excess = widths.reduce(0, +) + gap * max(count - 1, 0) - width
      while excess > 0 {
        guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumn else {
          break
        }
        widths[widest] -= 1
        excess -= 1
      }
    }
    return all.map { row in
      var line = ""
      for column in 0..<count {
        let cell = column < row.count ? row[column] : ""
        let fitted = cell.count > widths[column] ? String(cell.prefix(max(widths[column] - 1, 0))) + "…" : cell
        line +=
          column == count - 1 ? fitted : fitted.padding(toLength: widths[column] + gap, withPad: " ", startingAt: 0)
      }
      return String(line.reversed().drop { $0 == " " }.reversed())
    }
  }
}
