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

/// Keys on the destination screen: move, pick a supported place.
enum DestinationUpdate {
  static func handle(_ key: Key, _ state: inout AppState) -> [Command] {
    if state.destination.cursor.move(key, count: state.destination.rows.count, page: state.layout.listHeight) {
      return []
    }
    switch key {
    case .enter:
      guard let row = state.destination.selected else { return [] }
      guard row.supported else {
        state.notice = .error("Not supported: " + (row.reasons.first ?? "this route cannot be copied to."))
        return []
      }
      state.destination.chosen = row
      state.screen = .options
      state.replan()
      return state.loadKeysIfNeeded()
    case .character("r"):
      guard let source = state.source.chosen else { return [] }
      state.destination.loading = true
      return [.loadPlaces(homeRegion: state.region, regions: [source.region, state.region].uniqued())]
    default:
      return []
    }
  }
}
