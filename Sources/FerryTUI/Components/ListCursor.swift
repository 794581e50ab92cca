import Terminal

/// The selected row and the first visible row of a scrolling list, moved by arrows and vi keys.
///
/// Knows only counts, never the rows: the same cursor serves every list on every screen.
public struct ListCursor: Sendable, Equatable {
  public private(set) var selected: Int = 0
  public private(set) var top: Int = 0

  public init(selected: Int = 0) { self.selected = max(0, selected) }

  /// Moves for a navigation key (`up/k`, `down/j`, `g/home`, `G/end`, `ctrl-d/pgdn`, `ctrl-u/pgup`).
  ///
  /// Returns false when the key is not a navigation key.
  public mutating func move(_ key: Key, count: Int, page: Int) -> Bool {
    let half = max(1, page / 2)
    switch key {
    case .up, .character("k"): selected -= 1
    case .down, .character("j"): selected += 1
    case .home, .character("g"): selected = 0
    case .end, .character("G"): selected = count - 1
    case .control("d"): selected += half
    case .control("u"): selected -= half
    case .pageDown: selected += max(1, page)
    case .pageUp: selected -= max(1, page)
    default: return false
    }
    clamp(count: count)
    return true
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
