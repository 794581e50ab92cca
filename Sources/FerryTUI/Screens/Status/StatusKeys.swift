import Terminal

/// The status pane's keys: cancel the selected copy (after a y), refresh now.
enum StatusKeys {
  static func bindings(_ state: AppState) -> [KeyMaps.Binding] {
    [
      KeyMaps.Binding(
        .cancelCopy, keys: [.character("x"), .character("c")], label: "cancel copy",
        help: "Cancel the selected copy (asks first)", group: "Status",
        disabledReason: cancelRefusal(state)),
      KeyMaps.Binding(
        .refresh, keys: [.character("r")], label: "refresh", help: "Refresh now", group: "Status",
        disabledReason: state.status.polling ? "a refresh is running" : nil),
    ]
  }

  private static func cancelRefusal(_ state: AppState) -> String? {
    guard let copy = state.status.selected else { return "no copy is selected" }
    return copy.phase.isFinal ? "\(copy.resourceId ?? copy.id) already \(copy.phase.rawValue)" : nil
  }
}
