/// The `?` screen: every binding of a key map, by group, with the reason a binding is disabled.
///
///     Navigation
///       ↑/k      move up
///       enter    open the selected copy
///     Copy
///       c        start a copy (disabled: fix the 2 fields marked in red)
///
/// Generated from the same `KeyMap` as the footer. `appendix` adds sections that are not keys (a
/// command line's commands), drawn the same way. Keys wider than the column get a line of their
/// own, the sentence under them, so no key name is ever cut. Rows beyond the area are reached
/// with `scroll`; `rows(unicode:)` tells the caller how many there are. Never does I/O.
public struct HelpView<Action: Hashable & Sendable>: Widget, Sendable {
  /// A section that lists terms that are not keys (`:region NAME`) with their sentences.
  public struct Section: Sendable, Equatable {
    public var title: String
    public var entries: [(term: String, help: String)]

    public init(_ title: String, _ entries: [(term: String, help: String)]) {
      self.title = title
      self.entries = entries
    }

    public static func == (lhs: Section, rhs: Section) -> Bool {
      lhs.title == rhs.title && lhs.entries.map(\.term) == rhs.entries.map(\.term)
        && lhs.entries.map(\.help) == rhs.entries.map(\.help)
    }
  }

  /// The widest key column; longer key names take a line of their own.
  public static var keyColumn: Int { 16 }

  public var keyMap: KeyMap<Action>
  public var appendix: [Section]
  public var scroll: Int

  public init(keyMap: KeyMap<Action>, appendix: [Section] = [], scroll: Int = 0) {
    self.keyMap = keyMap
    self.appendix = appendix
    self.scroll = max(0, scroll)
  }

  /// The help text as lines, for sizing and scrolling; with `width`, sentences that do not fit wrap
  /// under themselves (a disabled key's reason is never cut off).
  public func rows(unicode: Bool = true, width: Int? = nil) -> [Line] {
    var sections: [(title: String, entries: [(keys: String, help: String, reason: String?)])] = []
    for group in keyMap.groups {
      sections.append((group.name, group.bindings.map { ($0.keyNames(unicode: unicode), $0.help, $0.disabledReason) }))
    }
    for section in appendix {
      sections.append((section.title, section.entries.map { ($0.term, $0.help, nil) }))
    }
    let widths = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.filter { $0 <= Self.keyColumn }
    let keyWidth = widths.max() ?? 0
    var lines: [Line] = []
    for (index, section) in sections.enumerated() {
      if index > 0 { lines.append(Line([])) }
      lines.append(Line(section.title, .title))
      for entry in section.entries {
        let enabled = entry.reason == nil
        let keys = Span(entry.keys, enabled ? .keyHint : .disabled)
        let sentence =
          entry.reason.map { Span("\(entry.help) (disabled: \($0))", .disabled) } ?? Span(entry.help, .keyLabel)
        let keysWidth = DisplayWidth.of(entry.keys)
        let indent = String(repeating: " ", count: keyWidth + 4)
        var pieces = [Line([sentence])]
        if let width, width > keyWidth + 14 { pieces = TextWrap.wrap(pieces[0], width: width - indent.count) }
        if keysWidth > keyWidth {
          lines.append(Line([Span("  "), keys]))
        } else {
          let first = pieces.removeFirst()
          lines.append(
            Line([Span("  "), keys, Span(String(repeating: " ", count: keyWidth - keysWidth + 2))] + first.spans))
        }
        lines += pieces.map { Line([Span(indent)] + $0.spans) }
      }
    }
    return lines
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    Paragraph(lines: rows(unicode: !theme.glyphs.isASCII, width: area.width), wrap: false, scroll: scroll)
      .render(in: area, into: &grid, theme: theme)
  }
}
