/// A one-row gauge with its label on the right: `█████████▌░░░░░░░░░ 48%`.
///
/// The filled part uses the `progress` role, the rest `progressTrack`; with Unicode glyphs the edge
/// is drawn in eighths of a cell, with ASCII it is `#####-----`. The label (default: the percentage)
/// is never covered by the bar, so it stays readable in monochrome.
public struct ProgressBar: Widget, Sendable, Equatable {
  /// 0…1; values outside are clamped.
  public var fraction: Double
  public var label: String?

  public init(fraction: Double, label: String? = nil) {
    self.fraction = fraction.isNaN ? 0 : min(1, max(0, fraction))
    self.label = label
  }

  /// "48%", rounded down so that 99.9% never shows as 100%.
  public var percentText: String { "\(Int((fraction * 100).rounded(.down)))%" }

  public func render(in area: Rect, into grid: inout CellGrid, theme: Theme) {
    guard !area.isEmpty else { return }
    let text = label ?? percentText
    let labelWidth = DisplayWidth.of(text)
    let barWidth = area.width - labelWidth - 1
    guard barWidth >= 3 else {
      grid.put(
        DisplayWidth.truncate(text, to: area.width, ellipsis: theme.glyphs.ellipsis), x: area.x, y: area.y,
        style: theme[.text], clip: area)
      return
    }
    let glyphs = theme.glyphs
    let steps = glyphs.progressPartial.count + 1
    let filledSteps = Int((fraction * Double(barWidth * steps)).rounded(.down))
    let full = filledSteps / steps
    let partial = filledSteps % steps
    var bar = String(repeating: String(glyphs.progressFull), count: full)
    if partial > 0 { bar.append(glyphs.progressPartial[partial - 1]) }
    let filledCells = bar.count
    grid.put(bar, x: area.x, y: area.y, style: theme[.progress], clip: area)
    grid.put(
      String(repeating: String(glyphs.progressTrack), count: barWidth - filledCells), x: area.x + filledCells,
      y: area.y, style: theme[.progressTrack], clip: area)
    grid.put(text, x: area.x + barWidth + 1, y: area.y, style: theme[.text], clip: area)
  }
}
