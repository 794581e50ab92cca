import FerryCore
import Terminal

/// What the destination screen's actions do: move, filter, pick a supported place, mark places, reload.
enum DestinationUpdate {
  static func perform(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    if state.destination.performListAction(action, key: key, page: state.layout.listHeight) { return [] }
    switch action {
    case .pick where !state.destination.marked.isEmpty:
      // With marks, enter opens one form for every marked place, whichever row the cursor is on.
      state.startFanOut(state.destination.marked)
      state.screen = .options
      return state.loadKeysIfNeeded()
    case .pick:
      // The key map refuses unsupported rows with the rules' reason before this runs.
      guard let row = state.destination.selected, row.supported else { return [] }
      state.destination.chosen = row
      state.destination.fanOut = []
      state.options.targets = []
      state.screen = .options
      state.replan()
      return state.loadKeysIfNeeded()
    case .mark:
      // The key map refuses marking an unsupported place with the rules' reason before this runs.
      guard let row = state.destination.selected else { return [] }
      state.destination.toggleMark(row)
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
