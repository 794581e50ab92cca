import Terminal

/// Drawing helpers over a `CellGrid` that every view shares: text in a role, rules, boxes, bars.
///
/// Never does I/O; everything is clipped to the rectangle given.
struct Canvas {
  var grid: CellGrid
  let theme: Theme

  init(grid: CellGrid, theme: Theme) {
    self.grid = grid
    self.theme = theme
  }

  /// Writes `text` at (x, y) in `role`, cut at `clip`'s right edge (with an ellipsis when cut).
  @discardableResult
  mutating func text(_ text: String, x: Int, y: Int, _ role: ThemeRole = .text, clip: Rect) -> Int {
    self.text(text, x: x, y: y, style: theme[role], clip: clip)
  }

  @discardableResult
  mutating func text(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int {
    let room = clip.maxX - x
    guard room > 0 else { return 0 }
    let shown = DisplayWidth.of(text) > room ? Format.fit(text, room) : text
    return grid.put(shown, x: x, y: y, style: style, clip: clip)
  }

  /// Fills a whole row of `rect` with spaces in `role`, then writes `text` from its left.
  mutating func bar(_ text: String, row y: Int, in rect: Rect, _ role: ThemeRole) {
    bar(text, row: y, in: rect, style: theme[role])
  }

  mutating func bar(_ text: String, row y: Int, in rect: Rect, style: Style) {
    grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: Cell(" ", style: style))
    self.text(text, x: rect.x, y: y, style: style, clip: rect)
  }

  /// A box border around `rect` with a title in its top edge.
  mutating func box(_ rect: Rect, title: String? = nil, focused: Bool = false) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let border = theme.glyphs.border
    let style = theme[focused ? .borderFocused : .border]
    let horizontal = String(repeating: border.horizontal, count: rect.width - 2)
    grid.put(String(border.topLeft) + horizontal + String(border.topRight), x: rect.x, y: rect.y, style: style, clip: rect)
    grid.put(String(border.bottomLeft) + horizontal + String(border.bottomRight), x: rect.x, y: rect.maxY - 1, style: style, clip: rect)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      grid.put(String(border.vertical), x: rect.x, y: y, style: style, clip: rect)
      grid.put(String(border.vertical), x: rect.maxX - 1, y: y, style: style, clip: rect)
    }
    if let title, rect.width > 4 {
      text(" \(title) ", x: rect.x + 2, y: rect.y, .title, clip: Rect(x: rect.x, y: rect.y, width: rect.width - 2, height: 1))
    }
  }

  /// The mark before a selected row.
  var marker: String { theme.glyphs.isASCII ? ">" : "▸" }

  /// Clears `rect` (used under overlays).
  mutating func clear(_ rect: Rect) { grid.fill(rect, with: Cell(" ", style: theme[.text])) }

  /// A progress bar of `width` cells for `percent` (0–100), with partial cells where the glyphs allow.
  mutating func progress(_ percent: Int, x: Int, y: Int, width: Int) {
    let glyphs = theme.glyphs
    let eighths = max(0, min(100, percent)) * width * 8 / 100
    var cells = String(repeating: glyphs.progressFull, count: eighths / 8)
    let remainder = eighths % 8
    if remainder > 0, !glyphs.progressPartial.isEmpty, cells.count < width {
      cells.append(glyphs.progressPartial[min(glyphs.progressPartial.count, remainder) - 1])
    }
    let filled = cells.count
    grid.put(cells, x: x, y: y, style: theme[.progress])
    grid.put(String(repeating: glyphs.progressTrack, count: max(0, width - filled)), x: x + filled, y: y, style: theme[.progressTrack])
  }

  /// Wraps `text` into lines of at most `width` columns, breaking at spaces.
  /// Wraps keeping `text`'s leading spaces on the first line and indenting the others by `indent`.
  static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    let lead = text.prefix { $0 == " " }.count
    let body = String(text.dropFirst(lead))
    let first = wrap(body, width: width - lead)
    guard let head = first.first else { return [] }
    let rest = wrap(first.dropFirst().joined(separator: " "), width: width - indent)
    let pad = String(repeating: " ", count: indent)
    return [String(repeating: " ", count: lead) + head] + (first.count > 1 ? rest.map { pad + $0 } : [])
  }

  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let word = String(word)
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
      while line.count > width {
        lines.append(String(line.prefix(width)))
        line = String(line.dropFirst(width))
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
