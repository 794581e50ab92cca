import Terminal

/// The destination screen: every place with its route verdict; unsupported ones stay, dimmed.
public struct DestinationState: Sendable, Equatable {
  public private(set) var rows: [DestinationRow] = []
  public var cursor = ListCursor()
  /// The `/` filter over name, id, zone group, parent Region, Outpost name and ARN.
  public var filter = ListFilter()
  public var loading = false
  public var error: String?
  /// The destination the operator picked.
  public var chosen: DestinationRow?

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
}
