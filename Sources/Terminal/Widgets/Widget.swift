/// Something that draws itself into a rectangle of a cell grid.
///
/// The single entry point of every view (ratatui's `Widget`): pure, no I/O, never reads the
/// terminal or a clock; it draws only inside `area`, and composes by rendering children into
/// sub-rectangles. State that outlives a frame (a table's selection, a text field's text) lives in
/// a separate value the caller keeps.
public protocol Widget {
  func render(in area: Rect, into grid: inout CellGrid, theme: Theme)
}
