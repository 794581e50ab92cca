/// A screen's worth of cells that views draw into, row by row.
///
/// Views never talk to the terminal: they draw into a grid, and a backend shows the cells that
/// changed since the last frame (`diff(from:)`). Tests compare `lines` against expected text.
/// A wide character occupies its cell and the next, which holds `Cell.continuation`; writes keep
/// that pairing intact (overwriting half of a wide character blanks the other half).
public struct CellGrid: Sendable, Equatable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .empty, count: self.width * self.height)
  }

  /// A grid holding `lines` in the plain style, as wide as the widest line: for tests.
  public init(lines: [String]) {
    self.init(width: lines.map { DisplayWidth.of($0) }.max() ?? 0, height: lines.count)
    for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
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
      repairWideCharacter(x: clipped.x, y: y)
      repairWideCharacter(x: clipped.maxX - 1, y: y)
      for x in clipped.x..<clipped.maxX { cells[y * width + x] = cell }
    }
  }

  /// Sets the style of every cell in `rect` (clipped), keeping the text: for highlighting a row.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.maxY {
      for x in clipped.x..<clipped.maxX { cells[y * width + x].style = style }
    }
  }

  /// Writes `text` from (`x`, `y`) in `style`, never past `clip` (default: the whole grid).
  ///
  /// A wide character that would straddle the clip's right edge is not drawn. Control and bidi
  /// characters (from an AMI's name, say) are drawn as their visible escape (`\u009b`, `TerminalText`),
  /// never raw; lone combining marks take no column and are dropped.
  /// - Returns: the number of columns written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
    let bounds = (clip ?? area).intersection(area)
    guard y >= bounds.y, y < bounds.maxY else { return 0 }
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return putPrintableASCII(text, x: x, y: y, style: style, bounds: bounds)
    }
    var column = x
    for character in text {
      if let escape = TerminalText.escape(character) {
        guard column + escape.utf8.count <= bounds.maxX else { break }
        putPrintableASCII(escape, x: column, y: y, style: style, bounds: bounds)
        column += escape.utf8.count
        continue
      }
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      guard column + columns <= bounds.maxX else { break }
      if column >= bounds.x {
        repairWideCharacter(x: column, y: y)
        if columns == 2 { repairWideCharacter(x: column + 1, y: y) }
        cells[y * width + column] = Cell(String(character), style: style)
        if columns == 2 { cells[y * width + column + 1] = Cell.continuation.with(style: style) }
      }
      column += columns
    }
    return column - x
  }

  /// One-column strings for the printable ASCII characters, so the common case allocates nothing.
  private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// `put` for text that is all printable ASCII: one cell per byte, no width lookups.
  @discardableResult
  private mutating func putPrintableASCII(_ text: String, x: Int, y: Int, style: Style, bounds: Rect) -> Int {
    let strings = Self.asciiStrings
    let start = max(x, bounds.x)
    let end = min(x + text.utf8.count, bounds.maxX)
    guard start < end else { return max(0, min(text.utf8.count, bounds.maxX - x)) }
    repairWideCharacter(x: start, y: y)
    repairWideCharacter(x: end - 1, y: y)
    let rowStart = y * width
    var column = x
    cells.withUnsafeMutableBufferPointer { buffer in
      for byte in text.utf8 {
        if column >= end { break }
        if column >= start { buffer[rowStart + column] = Cell(strings[Int(byte)], style: style) }
        column += 1
      }
    }
    return column - x
  }

  /// The cells that differ from `previous`, in row-major order.
  ///
  /// A grid of another size differs everywhere.
  public func diff(from previous: CellGrid) -> [CellChange] {
    var changes: [CellChange] = []
    let sameSize = previous.width == width && previous.height == height
    for index in cells.indices where !sameSize || cells[index] != previous.cells[index] {
      changes.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
    }
    return changes
  }

  /// The grid as text, one string per row (wide characters once, styles dropped): for tests and dumps.
  public var lines: [String] {
    (0..<height).map { y in
      (0..<width).map { x in cells[y * width + x].text }.joined()
    }
  }

  /// Before (`x`, `y`) is overwritten, blanks the other half of a wide character it belongs to,
  /// so no orphan half is left for a backend to draw.
  private mutating func repairWideCharacter(x: Int, y: Int) {
    guard area.contains(x: x, y: y) else { return }
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
      cells[index] = Cell(" ", style: cells[index].style)
    } else if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
  }
}

extension CellGrid: CustomDebugStringConvertible {
  /// One quoted string per row, so a failing test reads like a screen.
  public var debugDescription: String {
    "CellGrid(\(width)×\(height)):\n" + lines.map { "  \"\($0)\"" }.joined(separator: "\n")
  }
}
