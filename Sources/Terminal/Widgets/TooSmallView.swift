/// Shown instead of the interface when the window is smaller than it needs.
///
/// Says "enlarge the window to at least 80×24 (now 40×10)", centred, choosing a shorter wording
/// when the window is too small for the full sentence, down to a single `!` at 1×1.
public struct TooSmallView: Widget, Sendable, Equatable {
  public var minimum: TerminalSize
  public var actual: TerminalSize

  public init(minimum: TerminalSize, actual: TerminalSize) {
    self.minimum = minimum
    self.actual = actual
  }

  /// Wordings from the most to the least helpful.
  public var messages: [String] {
    [
      "enlarge the window to at least \(minimum) (now \(actual))",
      "window too small: need \(minimum), now \(actual)",
      "need \(minimum), now \(actual)",
      "need \(minimum)",
      "\(minimum)",
      "small",
      "!",
    ]
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    for message in messages {
      let longestWord = message.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
      let rows = TextWrap.wrap(Line(message, .warning), width: area.width)
      guard longestWord <= area.width, rows.count <= area.height else { continue }
      let top = area.y + (area.height - rows.count) / 2
      Paragraph(lines: rows, wrap: false, alignment: .center)
        .render(in: Rect(x: area.x, y: top, width: area.width, height: rows.count), into: &grid, theme: theme)
      return
    }
  }
}
