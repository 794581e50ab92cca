import Terminal

/// The bottom line: the footer bindings of the current context's key map (Terminal's `KeyHints`).
///
/// The same map handles the keys, so a key shown here is a key that works; a disabled one is dimmed.
enum FooterView {
  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
    canvas.clear(rect)
    let area = Rect(x: rect.x + 1, y: rect.y, width: max(0, rect.width - 1), height: rect.height)
    KeyHints(keyMap: KeyMaps.map(for: state)).render(in: area, into: &canvas.grid, theme: canvas.theme)
  }
}
