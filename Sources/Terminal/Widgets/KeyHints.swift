/// The footer line: `q quit  ? help  ↑↓ move`, generated from a key map's footer bindings.
///
/// Each hint names its binding's first key (the help screen lists them all), so the line stays short
/// and every key it shows works. Keys in the `keyHint` role, labels in `keyLabel`; disabled bindings
/// in `disabled`. Hints that do not fit are left out whole (never cut in the middle), keeping the
/// earlier ones.
public struct KeyHints<Action: Hashable & Sendable>: Widget, Sendable {
  public var bindings: [KeyBinding<Action>]

  public init(_ bindings: [KeyBinding<Action>]) {
    self.bindings = bindings
  }

  public init(keyMap: KeyMap<Action>) {
    self.init(keyMap.footer)
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let unicode = !theme.glyphs.isASCII
    var x = area.x
    for binding in bindings {
      guard let keys = binding.keys.first?.name(unicode: unicode) else { continue }
      let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(binding.label)
      let gap = x == area.x ? 0 : 2
      guard x + gap + width <= area.maxX else { break }
      x += gap
      let keyStyle = theme[binding.isEnabled ? .keyHint : .disabled]
      let labelStyle = theme[binding.isEnabled ? .keyLabel : .disabled]
      x += grid.put(keys, x: x, y: area.y, style: keyStyle, clip: area)
      x += 1
      x += grid.put(binding.label, x: x, y: area.y, style: labelStyle, clip: area)
    }
  }
}
