/// The `?` screen: every binding of a key map, by group, with the reason a binding is disabled.
///
///     Navigation
///       ↑/k      move up
///       Enter    open the selected copy
///     Copy
///       c        start a copy (disabled: fix the 2 fields marked in red)
///
/// Generated from the same `KeyMap` as the footer. Rows beyond the area are reached with `scroll`;
/// `rows(unicode:)` tells the caller how many there are.
public struct HelpView<Action: Hashable & Sendable>: Widget, Sendable {
  public var keyMap: KeyMap<Action>
  public var scroll: Int

  public init(keyMap: KeyMap<Action>, scroll: Int = 0) {
    self.keyMap = keyMap
    self.scroll = max(0, scroll)
  }

  /// The help text as lines (before wrapping or cutting), for sizing and scrolling.
  public func rows(unicode: Bool = true) -> [Line] {
    let keyWidth = min(16, keyMap.bindings.map { DisplayWidth.of($0.keyNames(unicode: unicode)) }.max() ?? 0)
    var lines: [Line] = []
    for (index, group) in keyMap.groups.enumerated() {
      if index > 0 { lines.append(Line([])) }
      lines.append(Line(group.name, .title))
      for binding in group.bindings {
        let keys = DisplayWidth.truncate(binding.keyNames(unicode: unicode), to: keyWidth, ellipsis: unicode ? "…" : "~")
        let padding = String(repeating: " ", count: keyWidth - DisplayWidth.of(keys) + 2)
        var spans = [Span("  "), Span(keys, binding.isEnabled ? .keyHint : .disabled), Span(padding)]
        if let reason = binding.disabledReason {
          spans.append(Span("\(binding.help) (disabled: \(reason))", .disabled))
        } else {
          spans.append(Span(binding.help, .keyLabel))
        }
        lines.append(Line(spans))
      }
    }
    return lines
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    Paragraph(lines: rows(unicode: !theme.glyphs.isASCII), wrap: false, scroll: scroll)
      .render(in: area, into: &grid, theme: theme)
  }
}
