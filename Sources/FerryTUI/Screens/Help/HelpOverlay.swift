import Terminal

/// The `?` help: the key map of the screen under it (Terminal's `HelpView`), with the reason a key
/// is disabled, then the `:` commands where the command line can be opened.
enum HelpOverlay {
  static func render(_ state: AppState, scroll: Int, in body: Rect, into canvas: inout Canvas) {
    canvas.clear(body)
    canvas.box(body, title: "Keys here — any key closes, j/k scroll", focused: true)
    let inner = body.inset(by: 1)
    let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
    view(state, scroll: min(scroll, maxScroll(state, unicode: !canvas.theme.glyphs.isASCII)))
      .render(in: area, into: &canvas.grid, theme: canvas.theme)
  }

  /// The last scroll position that still fills the box.
  static func maxScroll(_ state: AppState, unicode: Bool) -> Int {
    let area = state.layout.body.inset(by: 1)
    let rows = view(state).rows(unicode: unicode, width: area.width - 1).count
    return max(0, rows - area.height)
  }

  /// The help of what is under the overlay.
  static func view(_ state: AppState, scroll: Int = 0) -> HelpView<ScreenAction> {
    let map = KeyMaps.map(for: state, overlays: false)
    let commands = map.bindings.contains { $0.action == .commandLine }
    return HelpView(keyMap: map, appendix: commands ? [KeyMaps.commands] : [], scroll: scroll)
  }
}
