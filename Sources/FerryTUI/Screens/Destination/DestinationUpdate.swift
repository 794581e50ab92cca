import Terminal

/// What the destination screen's actions do: move, filter, pick a supported place, reload.
enum DestinationUpdate {
  static func perform(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    switch action {
    case .move(let motion):
      state.destination.cursor.move(motion, count: state.destination.visibleCount, page: state.layout.listHeight)
    case .filter:
      state.destination.filter.editing = true
    case .keepFilter:
      state.destination.filter.editing = false
    case .clearFilter:
      state.destination.filter.clear()
      state.destination.cursor.clamp(count: state.destination.visibleCount)
    case .edit:
      guard state.destination.filter.edit(key) else { return [] }
      state.destination.cursor.select(0, count: state.destination.visibleCount)
    case .pick:
      // The key map refuses unsupported rows with the rules' reason before this runs.
      guard let row = state.destination.selected, row.supported else { return [] }
      state.destination.chosen = row
      state.screen = .options
      state.replan()
      return state.loadKeysIfNeeded()
    case .reload:
      guard let source = state.source.chosen else { return [] }
      state.destination.loading = true
      return [.loadPlaces(homeRegion: state.region, regions: [source.region, state.region].uniqued())]
    default:
      break
    }
    return []
  }
}
