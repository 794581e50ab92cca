/// One row of a `Table`: a span per column, in the row's role unless a span says otherwise.
public struct TableRow: Sendable, Equatable {
  public var cells: [Span]

  /// Text cells all in `role` (`.dim` for finished or unavailable rows).
  public init(_ cells: [String], role: ThemeRole = .text) {
    self.cells = cells.map { Span($0, role) }
  }

  /// Cells with their own roles (an `error` status in an otherwise plain row).
  public init(spans: [Span]) {
    self.cells = spans
  }
}
