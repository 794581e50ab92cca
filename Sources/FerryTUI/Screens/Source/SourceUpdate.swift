import FerryCore
import FerryRules
import Terminal

/// What the source screen's actions do: move, filter, switch AMIs/snapshots, details, pick.
enum SourceUpdate {
  static func perform(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    if state.source.performListAction(action, key: key, page: state.layout.listHeight) { return [] }
    switch action {
    case .toggleResource:
      return show(state.source.resource == .image ? .snapshot : .image, &state)
    case .showImages:
      return state.source.resource == .image ? [] : show(.image, &state)
    case .showSnapshots:
      return state.source.resource == .snapshot ? [] : show(.snapshot, &state)
    case .toggleDetails:
      state.source.showDetails.toggle()
    case .sort:
      state.source.cycleSort()
      let arriving = state.source.loading == .done ? "" : "; rows still arriving go at the end until the list is loaded"
      state.notice = .info("Sorted \(state.source.sort.description)\(arriving) (s: next order).")
    case .reload:
      return state.source.reload(region: state.region, keepingFilter: true)
    case .pick:
      return choose(&state)
    case .restoreDraft:
      return DraftUpdate.restore(&state)
    default:
      break
    }
    return []
  }

  private static func show(_ resource: Resource, _ state: inout AppState) -> [Command] {
    state.source.resource = resource
    return state.source.reload(region: state.region)
  }

  /// Picks the selected item and moves on to the destination screen.
  static func choose(_ state: inout AppState) -> [Command] {
    guard let item = state.source.selected else { return [] }
    let changed = state.source.chosen?.id != item.id
    state.source.chosen = item
    state.screen = .destination
    if changed {
      state.startForm(for: item)
      // The places are judged anew for this source: a query typed for the last one no longer applies.
      state.destination.filter.reset()
    }
    var commands: [Command] = []
    let regions = [item.region, state.region].uniqued()
    if state.places == nil || !regions.allSatisfy(state.placesLoadedFor.contains) {
      state.destination.loading = true
      commands.append(.loadPlaces(homeRegion: state.region, regions: regions))
    }
    state.rebuildDestinations()
    state.replan()
    return commands
  }
}
