/// A busy indicator: the frame for a tick count, then an optional label (`⠹ loading images`).
///
/// The caller advances `tick` on its timer; the spinner itself keeps no time.
public struct Spinner: Widget, Sendable, Equatable {
  public var tick: Int
  public var label: String?

  public init(tick: Int, label: String? = nil) {
    self.tick = tick
    self.label = label
  }

  /// The frame shown for this tick with `glyphs`.
  public func frame(_ glyphs: Glyphs) -> String {
    guard !glyphs.spinner.isEmpty else { return "" }
    let count = glyphs.spinner.count
    return glyphs.spinner[((tick % count) + count) % count]
  }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let written = grid.put(frame(theme.glyphs), x: area.x, y: area.y, style: theme[.info], clip: area)
    if let label {
      let text = DisplayWidth.truncate(label, to: area.width - written - 1, ellipsis: theme.glyphs.ellipsis)
      grid.put(text, x: area.x + written + 1, y: area.y, style: theme[.text], clip: area)
    }
  }
}
