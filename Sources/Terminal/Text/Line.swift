/// One row of styled text: spans drawn left to right.
public struct Line: Sendable, Equatable, Hashable, ExpressibleByStringLiteral {
  public var spans: [Span]

  public init(_ spans: [Span]) { self.spans = spans }
  public init(_ text: String, _ role: ThemeRole = .text) { self.spans = [Span(text, role)] }
  public init(stringLiteral value: String) { self.init(value) }

  /// Columns the whole line takes.
  public var width: Int { spans.reduce(0) { $0 + $1.width } }
  /// The text without styles.
  public var text: String { spans.map(\.text).joined() }

  /// This line cut to `columns`, ending in `ellipsis` when something was cut.
  public func truncated(to columns: Int, ellipsis: String) -> Line {
    guard width > columns else { return self }
    guard columns > 0 else { return Line([]) }
    let room = max(0, columns - DisplayWidth.of(ellipsis))
    var result: [Span] = []
    var used = 0
    for span in spans where used < room {
      let piece = DisplayWidth.prefix(span.text, columns: room - used)
      if !piece.isEmpty { result.append(Span(piece, span.role, extra: span.extra)) }
      used += DisplayWidth.of(piece)
      if DisplayWidth.of(piece) < span.width { break }
    }
    let lastRole = result.last?.role ?? spans.first?.role ?? .text
    result.append(Span(DisplayWidth.prefix(ellipsis, columns: columns - used), lastRole))
    return Line(result)
  }

  /// Draws the line from (`x`, `y`), clipped to `clip`.
  /// - Returns: the columns drawn.
  @discardableResult
  public func draw(into grid: inout CellGrid, x: Int, y: Int, clip: Rect, theme: Theme) -> Int {
    var column = x
    for span in spans {
      column += grid.put(span.text, x: column, y: y, style: span.style(in: theme), clip: clip)
    }
    return column - x
  }
}

/// Where a line sits in a wider area.
public enum Alignment: Sendable, Equatable {
  case left, center, right

  /// The x offset of something `width` wide inside `available` columns.
  public func offset(width: Int, available: Int) -> Int {
    switch self {
    case .left: 0
    case .center: max(0, (available - width) / 2)
    case .right: max(0, available - width)
    }
  }
}
