import Terminal
import Testing

/// Fails the calling test, at the caller's line, when `grid` does not show exactly `expected`.
func assertLines(
  _ grid: CellGrid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  if let report = LinesComparison.mismatch(actual: grid.lines, expected: expected) {
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}

/// Fails the calling test when the in-memory screen does not show exactly `expected`.
func assertLines(
  _ backend: InMemoryBackend, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  if let report = backend.mismatch(with: expected) {
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}

/// Renders `widget` into a blank `width`×`height` grid with `theme`.
func render(_ widget: some Widget, width: Int, height: Int, theme: Theme = .default) -> CellGrid {
  var grid = CellGrid(width: width, height: height)
  widget.render(in: grid.area, into: &grid, theme: theme)
  return grid
}
