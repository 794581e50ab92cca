import Terminal

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
