/// A screen's worth of cells that views draw into, row by row.
///
/// Views never talk to the terminal: they draw into a grid, and a backend shows the cells that
/// changed since the last frame (`diff(from:)`). Tests compare `lines` against expected text.
public struct CellGrid: Sendable, Equatable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .empty, count: self.width * self.height)
  }

  public var area: Rect { Rect(width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { area.contains(x: x, y: y) ? cells[y * width + x] : .empty }
    set { if area.contains(x: x, y: y) { cells[y * width + x] = newValue } }
  }

  /// Fills `rect` (clipped to the grid) with `cell`.
  public mutating func fill(_ rect: Rect, with cell: Cell = .empty) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.maxY {
      for x in clipped.x..<clipped.maxX { cells[y * width + x] = cell }
    }
  }

  /// Writes `text` from (`x`, `y`) in `style`, never past `clip` (default: the whole grid).
  ///
  /// - Returns: the number of columns written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
    let bounds = (clip ?? area).intersection(area)
    guard y >= bounds.y, y < bounds.maxY else { return 0 }
    var column = x
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      guard column + columns <= bounds.maxX else { break }
      if column >= bounds.x {
        self[column, y] = Cell(String(character), style: style)
        if columns == 2 { self[column + 1, y] = .continuation }
      }
      column += columns
    }
    return column - x
  }

  /// The cells that differ from `previous`, in row-major order. A grid of another size differs everywhere.
  public func diff(from previous: CellGrid) -> [(x: Int, y: Int, cell: Cell)] {
    var changes: [(x: Int, y: Int, cell: Cell)] = []
    let sameSize = previous.width == width && previous.height == height
    for index in cells.indices where !sameSize || cells[index] != previous.cells[index] {
      changes.append((index % width, index / width, cells[index]))
    }
    return changes
  }

  /// The grid as text, one string per row (wide characters once, styles dropped): for tests and dumps.
  public var lines: [String] {
    (0..<height).map { y in
      (0..<width).map { x in cells[y * width + x].text }.joined()
    }
  }
}
