import Terminal

/// The destination list's keys: pick a supported place or mark several, filter, reload.
enum DestinationKeys {
  typealias Binding = KeyMaps.Binding

  static func bindings(_ state: AppState) -> [Binding] {
    [
      Binding(
        .pick, keys: [.enter], label: "pick", help: "Copy to this Region, Local Zone or Outpost",
        group: "Destination", disabledReason: pickRefusal(state)),
      Binding(
        .mark, keys: [.character(" ")], label: "mark",
        help: "Mark or unmark this place; enter then opens one form for every marked place (a fan-out)",
        group: "Destination", disabledReason: markRefusal(state)),
      Binding(
        .filter, keys: [.character("/")], label: "filter",
        help: "Filter by name, id, zone group, parent Region, Outpost name or ARN", group: "Destination"),
      Binding(
        .reload, keys: [.character("r")], label: "reload", help: "Reload the places", group: "Destination",
        showsInFooter: false),
    ]
  }

  /// Why enter picks nothing: no row, or the rules refuse the route (their reason, word for word).
  private static func pickRefusal(_ state: AppState) -> String? {
    if !state.destination.marked.isEmpty { return nil }
    guard let row = state.destination.selected else {
      return state.destination.loading ? "the places are still loading" : "no place matches"
    }
    return row.supported ? nil : row.reasons.first ?? "this route cannot be copied to"
  }

  /// Why space marks nothing: no row, or the rules refuse the route (a marked place can always be unmarked).
  private static func markRefusal(_ state: AppState) -> String? {
    guard let row = state.destination.selected else {
      return state.destination.loading ? "the places are still loading" : "no place matches"
    }
    if row.supported || state.destination.isMarked(row) { return nil }
    return row.reasons.first ?? "this route cannot be copied to"
  }
}
