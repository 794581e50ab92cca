import Terminal

/// The line above the footer: the command line, a filter being typed, a question, or the last notice.
enum PromptLine {
  /// Draws the line; returns where the terminal's cursor belongs when something is being typed.
  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) -> CursorPosition? {
    canvas.clear(rect)
    if case .commandLine(let input)? = state.overlay {
      canvas.text(":" + input.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + 1 + input.cursor, y: rect.y)
    }
    if state.overlay == .confirmQuit {
      canvas.text("The form has unsaved edits. Quit anyway? (y/N)", x: rect.x, y: rect.y, .warning, clip: rect)
      return nil
    }
    if let found = listFilter(state), found.filter.editing || !found.filter.text.isEmpty {
      let (filter, shown, total) = found
      let label = "/" + filter.text
      canvas.text(label, x: rect.x, y: rect.y, .input, clip: rect)
      let counts = "  \(Format.count(shown)) of \(Format.count(total))"
      canvas.text(counts, x: rect.x + DisplayWidth.of(label), y: rect.y, .dim, clip: rect)
      return filter.editing ? CursorPosition(x: rect.x + 1 + filter.input.cursor, y: rect.y) : nil
    }
    if state.screen == .review, let input = state.review.savePath {
      let label = "Save request to: "
      canvas.text(label + input.text, x: rect.x, y: rect.y, .input, clip: rect)
      return CursorPosition(x: rect.x + label.count + input.cursor, y: rect.y)
    }
    if state.screen == .review, let path = state.review.confirmOverwrite {
      canvas.text("\(path) exists. Overwrite it? (y/N)", x: rect.x, y: rect.y, .warning, clip: rect)
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

  /// The filter of the list on screen, with how many rows it shows of how many.
  private static func listFilter(_ state: AppState) -> (filter: ListFilter, shown: Int, total: Int)? {
    switch state.screen {
    case .source: (state.source.filter, state.source.visibleCount, state.source.items.count)
    case .destination: (state.destination.filter, state.destination.visibleCount, state.destination.rows.count)
    default: nil
    }
  }
}
