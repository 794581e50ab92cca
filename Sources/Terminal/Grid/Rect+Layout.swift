/// Cutting a rectangle into parts: how views lay out their children.
extension Rect {
  /// The top `rows` rows and what is left below them.
  public func sliceTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: taken), Rect(x: x, y: y + taken, width: width, height: height - taken)
    )
  }

  /// The bottom `rows` rows and what is left above them.
  public func sliceBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
    let taken = min(max(0, rows), height)
    return (
      Rect(x: x, y: maxY - taken, width: width, height: taken), Rect(x: x, y: y, width: width, height: height - taken)
    )
  }

  /// The left `columns` columns and what is left to their right.
  public func sliceLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let taken = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: taken, height: height), Rect(x: x + taken, y: y, width: width - taken, height: height)
    )
  }

  /// A rectangle of at most `width`×`height` centred in this one (for dialogs).
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(max(0, w), width)
    let ch = min(max(0, h), height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
