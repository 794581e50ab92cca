/// One cell that differs from the previous frame: what `CellGrid.diff(from:)` yields and a
/// backend draws.
public struct CellChange: Sendable, Equatable {
  public var x: Int
  public var y: Int
  public var cell: Cell

  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}
