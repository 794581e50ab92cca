import Terminal

/// The part of a one-line text that fits `width` columns with its cursor in view.
///
/// While the cursor fits, the text is shown from its start (the caller's clip cuts the right end).
/// Once it does not, characters are dropped from the left, the cut is marked with the ellipsis in the
/// first column, and the cursor lands in the last column: a 1,000-character filter shows what is
/// being typed, never a frozen beginning with the cursor off the screen. Pure.
enum TextWindow {
  /// What to draw and the cursor's column in it, for `text` with the cursor before character `cursor`.
  static func fit(_ text: String, cursor: Int, width: Int, ellipsis: String) -> (text: String, cursor: Int) {
    let characters = Array(text)
    let cursor = min(max(0, cursor), characters.count)
    let widths = characters.map { DisplayWidth.of($0) }
    var column = widths[..<cursor].reduce(0, +)
    // The cursor needs a cell of its own (past the end it stands on a blank).
    if column < width { return (text, column) }
    let mark = DisplayWidth.of(ellipsis)
    guard width > mark else { return (String(characters[cursor...]), 0) }
    var first = 0
    while first < cursor, mark + column >= width {
      column -= widths[first]
      first += 1
    }
    return (ellipsis + String(characters[first...]), mark + column)
  }
}

extension TextInput {
  /// This input cut to `width` columns around its cursor (`TextWindow.fit`).
  func window(width: Int, ellipsis: String) -> (text: String, cursor: Int) {
    TextWindow.fit(text, cursor: cursor, width: width, ellipsis: ellipsis)
  }
}
