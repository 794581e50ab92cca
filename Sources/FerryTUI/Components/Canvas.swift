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
    let shown = DisplayWidth.truncate(text, to: room, ellipsis: theme.glyphs.ellipsis)
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

  /// A box border around `rect` with a title in its top edge (the terminal layer's `Block`).
  mutating func box(_ rect: Rect, title: String? = nil, focused: Bool = false) {
    Block(title: title, focused: focused).render(in: rect, into: &grid, theme: theme)
  }

  /// The mark before a selected row.
  var marker: String { theme.glyphs.isASCII ? ">" : "▸" }

  /// Clears `rect` (used under overlays).
  mutating func clear(_ rect: Rect) { grid.fill(rect, with: Cell(" ", style: theme[.text])) }

  /// A progress bar of `width` cells for `percent` (0–100) followed by `label` (the terminal layer's `ProgressBar`).
  mutating func progress(_ percent: Int, label: String, x: Int, y: Int, width: Int, clip: Rect) {
    let area = Rect(x: x, y: y, width: width + 1 + DisplayWidth.of(label), height: 1).intersection(clip)
    ProgressBar(fraction: Double(percent) / 100, label: label).render(in: area, into: &grid, theme: theme)
  }

  /// The spinner frame for a tick (the terminal layer's `Spinner`).
  func spinner(_ tick: Int) -> String { Spinner(tick: tick).frame(theme.glyphs) }

  /// Wraps `text` into lines of at most `width` columns, breaking at spaces.
  ///
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
