import Terminal

/// The source list's keys: pick, filter, AMIs or snapshots, details, reload, restore a kept draft.
enum SourceKeys {
  typealias Binding = KeyMaps.Binding

  static func bindings(_ state: AppState) -> [Binding] {
    var bindings: [Binding] = []
    if state.keptDraft != nil {
      bindings.append(
        Binding(
          .restoreDraft, keys: [.character("R")], label: "restore draft",
          help: "Restore the request kept when the last session ended (:draft discard deletes it)",
          group: "Source"))
    }
    let empty = state.source.visibleCount == 0
    bindings += [
      Binding(
        .pick, keys: [.enter], label: "pick", help: "Copy this AMI or snapshot", group: "Source",
        disabledReason: empty ? "the list is empty" : nil),
      Binding(
        .filter, keys: [.character("/")], label: "filter", help: "Filter by id, name, description or tag",
        group: "Source"),
      Binding(
        .toggleResource, keys: [.tab], label: "AMIs/snapshots", help: "Switch between AMIs and snapshots",
        group: "Source"),
      Binding(
        .showImages, keys: [.character("i")], label: "AMIs", help: "List AMIs", group: "Source",
        showsInFooter: false),
      Binding(
        .showSnapshots, keys: [.character("S")], label: "snapshots", help: "List snapshots", group: "Source",
        showsInFooter: false),
      Binding(
        .sort, keys: [.character("s")], label: "sort",
        help: "Sort by the next column: name, creation date, size, where, then as listed (* marks it)",
        group: "Source"),
      Binding(
        .toggleDetails, keys: [.character("d")], label: "details", help: "Show or hide the details panel",
        group: "Source"),
      Binding(
        .reload, keys: [.character("r"), .control("r")], label: "reload", help: "Reload the list",
        group: "Source", showsInFooter: false),
    ]
    return bindings
  }
}
