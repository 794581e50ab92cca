/// The selected row and the first visible row of a scrolling list.
///
/// Knows only counts, never the rows or the keys (the key maps turn keys into `ListMove`s): the
/// same cursor serves every list on every screen.
public struct ListCursor: Sendable, Equatable {
  public private(set) var selected: Int = 0
  public private(set) var top: Int = 0

  public init(selected: Int = 0) { self.selected = max(0, selected) }

  /// Moves the selection; `page` is the number of rows shown.
  public mutating func move(_ motion: ListMove, count: Int, page: Int) {
    let half = max(1, page / 2)
    switch motion {
    case .up: selected -= 1
    case .down: selected += 1
    case .top: selected = 0
    case .bottom: selected = count - 1
    case .halfPageDown: selected += half
    case .halfPageUp: selected -= half
    case .pageDown: selected += max(1, page)
    case .pageUp: selected -= max(1, page)
    }
    clamp(count: count)
  }

  public mutating func select(_ index: Int, count: Int) {
    selected = index
    clamp(count: count)
  }

  public mutating func clamp(count: Int) {
    selected = min(max(0, selected), max(0, count - 1))
  }

  /// The first row to show so that the selection is visible in `height` rows.
  public mutating func scroll(height: Int) {
    guard height > 0 else { return }
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    top = max(0, top)
  }

  /// The first visible row for `height` rows, without mutating (views are pure).
  public func visibleTop(height: Int) -> Int {
    guard height > 0 else { return 0 }
    if selected < top { return selected }
    if selected >= top + height { return selected - height + 1 }
    return top
  }
}

/// A movement in a list, whatever key asked for it.
public enum ListMove: Sendable, Hashable, CaseIterable {
  case up, down, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp
}
