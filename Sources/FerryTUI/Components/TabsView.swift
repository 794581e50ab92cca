import Terminal

/// The second line: the steps of a copy as numbered tabs, the current one highlighted, plus the pick so far.
enum TabsView {
  static let titles: [(AppState.Screen, String)] = [
    (.source, "Source"), (.destination, "Destination"), (.options, "Options"), (.review, "Review"), (.status, "Status"),
  ]

  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
    canvas.clear(rect)
    var x = rect.x
    for (index, (screen, title)) in titles.enumerated() {
      let label = " \(index + 1) \(title) "
      let role: ThemeRole = screen == state.screen ? .selection : .dim
      x += canvas.text(label, x: x, y: rect.y, role, clip: rect)
    }
    var summary = state.screen == .source ? SourceView.statusText(state) : summary(state)
    if x + 2 + DisplayWidth.of(summary) >= rect.maxX { summary = compactSummary(state) }
    let width = DisplayWidth.of(summary)
    // Shown whole or not at all: a cut id ("a…") says nothing.
    if !summary.isEmpty, x + 2 + width < rect.maxX {
      canvas.text(summary, x: rect.maxX - width - 1, y: rect.y, .info, clip: rect)
    }
  }

  /// "ami-0abc → eu-west-1": what has been picked so far.
  static func summary(_ state: AppState) -> String {
    guard let source = state.source.chosen else { return "" }
    let marks = state.destination.marked.count
    if state.screen == .destination, marks > 0 { return "\(source.id) → \(marks) marked" }
    let places = state.destination.fanOut.count
    if places > 0, state.screen != .destination { return "\(source.id) → \(places) places" }
    guard let destination = state.destination.chosen else { return source.id }
    return "\(source.id) → \(destination.name)"
  }

  /// The summary without the source's id, for a narrow tab line: the marks or places count first.
  static func compactSummary(_ state: AppState) -> String {
    let marks = state.destination.marked.count
    if state.screen == .destination, marks > 0 { return "\(marks) marked" }
    let places = state.destination.fanOut.count
    if places > 0, state.screen != .destination { return "→ \(places) places" }
    return state.destination.chosen.map { "→ " + $0.name } ?? ""
  }
}
