/// One column of a `Table`: its header, how wide it may be, and how its text lines up.
///
/// Every column gets at least `minWidth`; space left over goes to columns with `flex > 0` in
/// proportion to their flex, never past `maxWidth`. Numbers read best right-aligned.
public struct TableColumn: Sendable, Equatable {
  public var title: String
  public var minWidth: Int
  public var maxWidth: Int?
  public var flex: Int
  public var alignment: Alignment

  public init(_ title: String, minWidth: Int, maxWidth: Int? = nil, flex: Int = 0, alignment: Alignment = .left) {
    self.title = title
    self.minWidth = max(0, minWidth)
    self.maxWidth = maxWidth.map { max($0, max(0, minWidth)) }
    self.flex = max(0, flex)
    self.alignment = alignment
  }

  /// Column widths that fit `available` columns with `spacing` between columns.
  ///
  /// When even the minimums do not fit, columns are kept from the left and the last one that
  /// partly fits is narrowed; the rest get 0 (not drawn).
  public static func widths(of columns: [TableColumn], available: Int, spacing: Int = 1) -> [Int] {
    var widths = columns.map(\.minWidth)
    let gaps = spacing * max(0, columns.count - 1)
    let needed = widths.reduce(0, +) + gaps
    if needed > available {
      var left = available
      for index in widths.indices {
        let width = min(widths[index], max(0, left))
        widths[index] = width
        left -= width + spacing
      }
      return widths
    }
    var extra = available - needed
    while extra > 0 {
      let growable = columns.indices.filter { columns[$0].flex > 0 && widths[$0] < (columns[$0].maxWidth ?? Int.max) }
      guard !growable.isEmpty else { break }
      let totalFlex = growable.reduce(0) { $0 + columns[$1].flex }
      var given = 0
      for index in growable {
        let share = max(1, extra * columns[index].flex / totalFlex)
        let cap = (columns[index].maxWidth ?? Int.max) - widths[index]
        let grant = min(share, cap, extra - given)
        widths[index] += grant
        given += grant
        if given == extra { break }
      }
      guard given > 0 else { break }
      extra -= given
    }
    return widths
  }
}
