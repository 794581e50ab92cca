import Terminal

/// The line above the footer: the command line, a filter being typed, a question, or the last notice.
enum PromptLine {
  /// Draws the line; returns where the terminal's cursor belongs when something is being typed.
  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) -> CursorPosition? {
    canvas.clear(rect)
    let ellipsis = canvas.theme.glyphs.ellipsis
    if case .commandLine(let input)? = state.overlay {
      let shown = input.window(width: rect.width - 1, ellipsis: ellipsis)
      canvas.text(":" + shown.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + 1 + shown.cursor, y: rect.y)
    }
    if state.overlay == .confirmQuit {
      canvas.text("The form has unsaved edits. Quit anyway? (y/N)", x: rect.x, y: rect.y, .warning, clip: rect)
      return nil
    }
    if let found = listFilter(state), found.filter.editing || !found.filter.text.isEmpty {
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
      let label = "Save request to: "
      let shown = input.window(width: rect.width - DisplayWidth.of(label), ellipsis: ellipsis)
      canvas.text(label + shown.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + DisplayWidth.of(label) + shown.cursor, y: rect.y)
    }
    if state.screen == .review, let path = state.review.confirmOverwrite {
      canvas.text("\(path) exists. Overwrite it? (y/N)", x: rect.x, y: rect.y, .warning, clip: rect)
      return nil
    }
    if state.screen == .review, let id = state.review.confirmDuplicate {
      let twin = state.status.copies.first { $0.id == id }
      let progress = twin?.progress.map { " \($0)%" } ?? ""
      canvas.text(
        "\(id) already copies this (\(twin.map { StatusView.phaseText($0.phase) } ?? "in flight")\(progress)). Send a second copy? (y/N)",
        x: rect.x, y: rect.y, .warning, clip: rect)
      return nil
    }
    if state.screen == .status, let id = state.status.confirmCancel {
      canvas.text(
        "Cancel copy \(id)? The pending resource is deregistered or deleted. (y/N)", x: rect.x, y: rect.y, .warning,
        clip: rect)
      return nil
    }
    if let notice = state.notice {
      let role: ThemeRole = notice.level == .error ? .error : notice.level == .warning ? .warning : .info
      canvas.text(notice.text, x: rect.x, y: rect.y, role, clip: rect)
    }
    return nil
  }

  /// The fewest columns a filter query keeps before the counts give up their place.
  static let minimumQueryRoom = 12

  /// The filter of the list on screen, with how many rows it shows of how many.
  private static func listFilter(_ state: AppState) -> (filter: ListFilter, shown: Int, total: Int)? {
    switch state.screen {
    case .source: (state.source.filter, state.source.visibleCount, state.source.items.count)
    case .destination: (state.destination.filter, state.destination.visibleCount, state.destination.rows.count)
    default: nil
    }
  }
}
