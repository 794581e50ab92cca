import Terminal

/// The `?` help: the key map of the screen under it (Terminal's `HelpView`), with the reason a key
/// is disabled, then the `:` commands where the command line can be opened.
enum HelpOverlay {
  static func render(_ state: AppState, scroll: Int, in body: Rect, into canvas: inout Canvas) {
    canvas.clear(body)
    canvas.box(body, title: "Keys here — any key closes, j/k scroll", focused: true)
    let inner = body.inset(by: 1)
    let help = view(state, scroll: scroll)
    let rows = help.rows(unicode: !canvas.theme.glyphs.isASCII).count
    var clamped = help
    clamped.scroll = min(scroll, max(0, rows - inner.height))
    let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
    clamped.render(in: area, into: &canvas.grid, theme: canvas.theme)
  }

  /// The help of what is under the overlay.
  static func view(_ state: AppState, scroll: Int = 0) -> HelpView<ScreenAction> {
    let map = KeyMaps.map(for: state, overlays: false)
    let commands = map.bindings.contains { $0.action == .commandLine }
    return HelpView(keyMap: map, appendix: commands ? [KeyMaps.commands] : [], scroll: scroll)
  }
}
