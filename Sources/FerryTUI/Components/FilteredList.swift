import Terminal

/// A screen list with a cursor and a `/` filter: the source and destination lists.
protocol FilteredList {
  var cursor: ListCursor { get set }
  var filter: ListFilter { get set }
  /// Rows the filter lets through.
  var visibleCount: Int { get }
}

extension FilteredList {
  /// Performs the actions every filtered list shares: move, start/keep/clear the filter, type into it.
  ///
  /// - Returns: false when `action` is not one of them, so the screen handles it.
  mutating func performListAction(_ action: ScreenAction, key: Key, page: Int) -> Bool {
    switch action {
    case .move(let motion):
      cursor.move(motion, count: visibleCount, page: page)
    case .filter:
      filter.begin()
      cursor.clamp(count: visibleCount)
    case .recallFilter:
      if filter.recall() { cursor.select(0, count: visibleCount) }
    case .keepFilter:
      filter.editing = false
    case .clearFilter:
      filter.clear()
      cursor.clamp(count: visibleCount)
    case .edit:
      if filter.edit(key) { cursor.select(0, count: visibleCount) }
    default:
      return false
    }
    return true
  }
}

extension SourceState: FilteredList {}
extension DestinationState: FilteredList {}
