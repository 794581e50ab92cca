import FerryRules
import Terminal

/// Keys on the source screen: move, filter, switch AMIs/snapshots, show details, pick.
enum SourceUpdate {
  static func handle(_ key: Key, _ state: inout AppState) -> [Command] {
    if state.source.filtering { return filterKey(key, &state) }
    let page = state.layout.listHeight
    if state.source.cursor.move(key, count: state.source.visibleCount, page: page) { return [] }
    switch key {
    case .character("/"):
      state.source.filtering = true
    case .tab, .character("i"), .character("s"):
      let wanted: Resource =
        key == .character("i")
        ? .image : key == .character("s") ? .snapshot : state.source.resource == .image ? .snapshot : .image
      guard wanted != state.source.resource || key == .tab else { return [] }
      state.source.resource = wanted
      return state.source.reload(region: state.region)
    case .character("d"):
      state.source.showDetails.toggle()
    case .character("r"), .control("r"):
      return state.source.reload(region: state.region)
    case .enter:
      return choose(&state)
    default:
      break
    }
    return []
  }

  private static func filterKey(_ key: Key, _ state: inout AppState) -> [Command] {
    switch key {
    case .enter:
      state.source.filtering = false
    case .escape:
      state.source.filtering = false
      state.source.filter.set("")
      state.source.index.setQuery("")
      state.source.cursor.clamp(count: state.source.visibleCount)
    case .up, .down, .pageUp, .pageDown:
      _ = state.source.cursor.move(key, count: state.source.visibleCount, page: state.layout.listHeight)
    default:
      guard state.source.filter.apply(key) else { return [] }
      state.source.index.setQuery(state.source.filter.text)
      state.source.cursor.select(0, count: state.source.visibleCount)
    }
    return []
  }

  /// Picks the selected item and moves on to the destination screen.
  static func choose(_ state: inout AppState) -> [Command] {
    guard let item = state.source.selected else {
      state.notice = .warning("Nothing to pick: the list is empty.")
      return []
    }
    let changed = state.source.chosen?.id != item.id
    state.source.chosen = item
    state.screen = .destination
    if changed { state.options.prefill(from: item) }
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
