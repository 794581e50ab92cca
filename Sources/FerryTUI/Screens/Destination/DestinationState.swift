import Terminal

/// The destination screen: every place with its route verdict; unsupported ones stay, dimmed.
public struct DestinationState: Sendable, Equatable {
  public private(set) var rows: [DestinationRow] = []
  public var cursor = ListCursor()
  /// The `/` filter over name, id, zone group, parent Region, Outpost name and ARN.
  public var filter = ListFilter()
  public var loading = false
  public var error: String?
  /// The destination the operator picked (a fan-out's first place).
  public var chosen: DestinationRow?
  /// The places `space` marked for a fan-out, in the order they were marked.
  public var marked: [DestinationRow] = []
  /// The places of the fan-out the options form is for (the marks when `enter` was pressed); empty for
  /// a single copy.
  public var fanOut: [DestinationRow] = []

  public init() {}

  /// Replaces the rows (new places, or a new source), keeping the filter's query.
  public mutating func setRows(_ newRows: [DestinationRow]) {
    rows = newRows
    filter.removeRows()
    filter.append(keys: newRows.lazy.map(\.searchKey))
  }

  /// The rows the filter lets through.
  public var visibleCount: Int { filter.matches.count }

  public func visible(_ row: Int) -> DestinationRow? {
    guard row >= 0, row < filter.matches.count else { return nil }
    return rows[filter.matches[row]]
  }

  public var selected: DestinationRow? { visible(cursor.selected) }

  public func isMarked(_ row: DestinationRow) -> Bool { marked.contains { $0.name == row.name } }

  /// Marks a place, or unmarks it when marked (the key map refuses marking an unsupported one).
  public mutating func toggleMark(_ row: DestinationRow) {
    if isMarked(row) { marked.removeAll { $0.name == row.name } } else { marked.append(row) }
  }
}
