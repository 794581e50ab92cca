/// Shows frames on a backend, sending only the cells that changed since the last frame.
///
/// Keeps the previous frame (ratatui's double buffer). A frame of another size than the last one,
/// or any frame after `invalidate()` (resize, return from Ctrl-Z), is drawn in full after a clear.
/// The screen does no drawing of its own: views draw into the `CellGrid` it hands out.
public final class Screen {
  public let backend: any Backend
  private var previous: CellGrid?
  /// How many cells the last `draw` sent to the backend.
  public private(set) var lastChangeCount = 0

  public init(backend: any Backend) {
    self.backend = backend
  }

  public var size: TerminalSize { backend.size }

  /// A blank grid the size of the terminal, for the next frame.
  public func makeGrid() -> CellGrid { CellGrid(width: size.width, height: size.height) }

  /// Forgets the previous frame, so the next `draw` clears and repaints everything.
  public func invalidate() { previous = nil }

  /// Shows `grid`: diffs it against the previous frame, draws the changes, places or hides the
  /// cursor, and flushes.
  public func draw(_ grid: CellGrid, cursor: CursorPosition? = nil) {
    let changes: [CellChange]
    if let previous, previous.width == grid.width, previous.height == grid.height {
      changes = grid.diff(from: previous)
    } else {
      // After a clear the terminal is blank, so only the cells that are not blank need sending.
      backend.clear()
      changes = grid.diff(from: CellGrid(width: grid.width, height: grid.height))
    }
    backend.draw(changes)
    if let cursor, grid.area.contains(x: cursor.x, y: cursor.y) {
      backend.showCursor(at: cursor)
    } else {
      backend.hideCursor()
    }
    backend.flush()
    previous = grid
    lastChangeCount = changes.count
  }

  /// Builds a frame the size of the terminal with `body`, then shows it.
  public func draw(cursor: CursorPosition? = nil, _ body: (inout CellGrid) -> Void) {
    var grid = makeGrid()
    body(&grid)
    draw(grid, cursor: cursor)
  }
}
