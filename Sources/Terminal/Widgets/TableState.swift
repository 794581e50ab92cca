/// Which row of a table is selected and which row is at the top: kept by the caller between frames.
///
/// Moves keep the selection inside `0..<rowCount` and scroll just enough to keep it visible.
/// `Table` also corrects a stale offset while drawing, so the selection is always on screen.
public struct TableState: Sendable, Equatable {
  public var selected: Int?
  public var offset: Int

  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = max(0, offset)
  }

  /// Selects `index` (clamped; nil when there are no rows) and scrolls to show it.
  public mutating func select(_ index: Int?, rowCount: Int, visibleRows: Int) {
    guard let index, rowCount > 0 else {
      selected = nil
      offset = 0
      return
    }
    selected = min(max(0, index), rowCount - 1)
    offset = Self.visibleOffset(selected: selected, offset: offset, visibleRows: visibleRows, rowCount: rowCount)
  }

  /// Moves the selection by `delta` rows (negative is up; a page is `±visibleRows`).
  public mutating func move(by delta: Int, rowCount: Int, visibleRows: Int) {
    select((selected ?? (delta > 0 ? -1 : rowCount)) + delta, rowCount: rowCount, visibleRows: visibleRows)
  }

  /// The top row that keeps `selected` in view, moving `offset` as little as possible, and never
  /// leaving blank rows at the bottom when there are rows above to show.
  public static func visibleOffset(selected: Int?, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
    guard visibleRows > 0, rowCount > 0 else { return 0 }
    var top = min(max(0, offset), max(0, rowCount - visibleRows))
    if let selected {
      if selected < top { top = selected }
      if selected >= top + visibleRows { top = selected - visibleRows + 1 }
    }
    return max(0, top)
  }
}
