import Terminal

/// The line above the footer: the command line, a filter being typed, a question, or the last notice.
///
/// A question or notice longer than the width wraps upwards over the bottom of the body, so nothing an
/// operator must act on is cut (the body keeps at least `minimumBodyRows`). A notice shows above a set
/// filter's line, so a `:` answer is seen whatever the filter.
enum PromptLine {
  /// Draws the line(s); returns where the terminal's cursor belongs when something is being typed.
  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) -> CursorPosition? {
    canvas.clear(rect)
    let ellipsis = canvas.theme.glyphs.ellipsis
    if case .commandLine(let input)? = state.overlay {
      let shown = input.window(width: rect.width - 1, ellipsis: ellipsis)
      canvas.text(":" + shown.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + 1 + shown.cursor, y: rect.y)
    }
    let body = state.layout.body
    let message = self.message(state)
    if let found = listFilter(state), found.filter.editing || !found.filter.text.isEmpty {
      if let message { drawAbove(message, line: rect, body: body, into: &canvas) }
      let (filter, shown, total) = found
      let counts = "  \(Format.count(shown)) of \(Format.count(total))"
      // The counts stay after the query; on a line too narrow for both, the query keeps the room.
      let roomWithCounts = rect.width - 1 - DisplayWidth.of(counts)
      let room = roomWithCounts >= minimumQueryRoom ? roomWithCounts : rect.width - 1
      let query = filter.input.window(width: room, ellipsis: ellipsis)
      let label = "/" + query.text
      canvas.text(label, x: rect.x, y: rect.y, .input, clip: Rect(x: rect.x, y: rect.y, width: 1 + room, height: 1))
      canvas.text(counts, x: rect.x + min(DisplayWidth.of(label), 1 + room), y: rect.y, .dim, clip: rect)
      return filter.editing ? CursorPosition(x: rect.x + 1 + query.cursor, y: rect.y) : nil
    }
    if state.screen == .review, let input = state.review.savePath {
      if let message { drawAbove(message, line: rect, body: body, into: &canvas) }
      let label = "Save (.json request, .sh script) to: "
      let shown = input.window(width: rect.width - DisplayWidth.of(label), ellipsis: ellipsis)
      canvas.text(label + shown.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + DisplayWidth.of(label) + shown.cursor, y: rect.y)
    }
    guard let message else { return nil }
    let lines = wrapped(
      message.text, width: rect.width, rows: 1 + max(0, body.height - minimumBodyRows), ellipsis: ellipsis)
    let top = rect.y - (lines.count - 1)
    canvas.clear(Rect(x: rect.x, y: top, width: rect.width, height: lines.count))
    for (offset, line) in lines.enumerated() {
      canvas.text(line, x: rect.x, y: top + offset, message.role, clip: rect.offsetRows(to: top + offset))
    }
    return nil
  }

  /// The question waiting for an answer, else the last notice: its text and role.
  static func message(_ state: AppState) -> (text: String, role: ThemeRole)? {
    if state.overlay == .confirmQuit { return ("The form has unsaved edits. Quit anyway? (y/N)", .warning) }
    if state.screen == .review, let path = state.review.confirmOverwrite {
      return ("\(path) exists. Overwrite it? (y/N)", .warning)
    }
    if state.screen == .review, let id = state.review.confirmDuplicate {
      let twin = state.status.copies.first { $0.id == id }
      let how = (twin.map { StatusView.phaseText($0.phase) } ?? "in flight") + (twin?.progress.map { " \($0)%" } ?? "")
      return ("\(id) already copies this (\(how)). Send a second copy? (y/N)", .warning)
    }
    if state.screen == .status, let id = state.status.confirmCancel {
      return ("Cancel copy \(id)? The pending resource is deregistered or deleted. (y/N)", .warning)
    }
    guard let notice = state.notice else { return nil }
    let role: ThemeRole = notice.level == .error ? .error : notice.level == .warning ? .warning : .info
    return (notice.text, role)
  }

  /// `text` wrapped at `width` into at most `rows` lines; past that the end is cut, marked with `ellipsis`.
  static func wrapped(_ text: String, width: Int, rows: Int, ellipsis: String) -> [String] {
    let lines = Canvas.wrap(text, width: width)
    guard lines.count > rows, rows > 0 else { return lines }
    let last = DisplayWidth.truncate(lines[rows - 1], to: width - DisplayWidth.of(ellipsis), ellipsis: "")
    return Array(lines.prefix(rows - 1)) + [last + ellipsis]
  }

  /// A message over the rows just above a prompt line that is busy with a filter or a path.
  private static func drawAbove(
    _ message: (text: String, role: ThemeRole), line: Rect, body: Rect, into canvas: inout Canvas
  ) {
    let lines = wrapped(
      message.text, width: line.width, rows: max(1, body.height - minimumBodyRows),
      ellipsis: canvas.theme.glyphs.ellipsis)
    let top = line.y - lines.count
    canvas.clear(Rect(x: line.x, y: top, width: line.width, height: lines.count))
    for (offset, text) in lines.enumerated() {
      canvas.text(text, x: line.x, y: top + offset, message.role, clip: line.offsetRows(to: top + offset))
    }
  }

  /// The fewest columns a filter query keeps before the counts give up their place.
  static let minimumQueryRoom = 12
  /// The body rows a long message leaves uncovered (the header of a list and a row or two).
  static let minimumBodyRows = 4

  /// The filter of the list on screen, with how many rows it shows of how many.
  private static func listFilter(_ state: AppState) -> (filter: ListFilter, shown: Int, total: Int)? {
    switch state.screen {
    case .source: (state.source.filter, state.source.visibleCount, state.source.items.count)
    case .destination: (state.destination.filter, state.destination.visibleCount, state.destination.rows.count)
    default: nil
    }
  }
}

extension Rect {
  /// The same columns, one row at `y`.
  fileprivate func offsetRows(to y: Int) -> Rect { Rect(x: x, y: y, width: width, height: 1) }
}
