import Terminal

/// The destination screen: every place with its route verdict; unsupported ones stay, dimmed.
public struct DestinationState: Sendable, Equatable {
  public var rows: [DestinationRow] = []
  public var cursor = ListCursor()
  public var loading = false
  public var error: String?
  /// The destination the operator picked.
  public var chosen: DestinationRow?

  public init() {}

  public var selected: DestinationRow? {
    rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
  }
}
