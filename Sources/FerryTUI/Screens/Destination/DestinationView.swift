import Terminal

/// Draws the destination screen: every place, unsupported ones dimmed with the reason.
enum DestinationView {
  static func render(_ state: AppState, in body: Rect, into canvas: inout Canvas) {
    let destination = state.destination
    let title = "  Copy \(state.source.chosen?.id ?? "?") to…"
    canvas.bar(title, row: body.y, in: body, .tableHeader)
    if destination.loading {
      let note = "loading places…"
      canvas.text(note, x: body.maxX - note.count - 1, y: body.y, .info, clip: body)
    }
    if let error = destination.error {
      canvas.text("  Could not load the places: \(error) (r retries)", x: body.x, y: body.y + 1, .error, clip: body)
      return
    }
    // The selected row's verdict in full under the list: the list gives up rows for a long reason.
    let verdict = destination.selected.map { verdictLines($0, state: state, width: body.width - 2) } ?? []
    let verdictRows = min(verdict.count, max(1, body.height - 4))
    // A source no place can take says so first, before a list of ✗ (each row still says why).
    let nowhere = nowhereLines(state, width: body.width - 2)
    for (offset, line) in nowhere.enumerated() {
      canvas.text(line, x: body.x + 1, y: body.y + 1 + offset, .error, clip: body)
    }
    let listArea = Rect(
      x: body.x, y: body.y + 1 + nowhere.count, width: body.width,
      height: max(1, body.height - 1 - nowhere.count - max(2, verdictRows)))
    let top = destination.cursor.visibleTop(height: listArea.height)
    if destination.visibleCount == 0, !destination.filter.text.isEmpty {
      let note = "  No place matches \"\(destination.filter.text)\" (esc clears the filter)."
      canvas.text(note, x: body.x, y: listArea.y, .dim, clip: body)
    }
    for line in 0..<listArea.height {
      let index = top + line
      guard let row = destination.visible(index) else { break }
      let selected = index == destination.cursor.selected
      // A place marked for a fan-out (space) carries ● beside the cursor's marker.
      let mark = destination.isMarked(row) ? "●" : " "
      let text = (selected ? canvas.marker : " ") + mark + DestinationRows.line(row, width: body.width - 2)
      let y = listArea.y + line
      if selected {
        canvas.bar(text, row: y, in: body, .selection)
      } else {
        canvas.text(text, x: body.x, y: y, row.supported ? .text : .disabled, clip: body)
      }
    }
    let verdictY = body.maxY - max(2, verdictRows)
    for (offset, line) in verdict.prefix(verdictRows).enumerated() {
      canvas.text(line.text, x: body.x + 1, y: verdictY + offset, line.role, clip: body)
    }
  }

  /// When rows are listed and none can take the copy: a line or two saying so, else nothing.
  static func nowhereLines(_ state: AppState, width: Int) -> [String] {
    let rows = state.destination.rows
    guard !rows.isEmpty, !rows.contains(where: \.supported), let source = state.source.chosen else { return [] }
    let text =
      "✗ No place can take a copy of \(source.id) from \(SourceRows.location(source)); each row below says why."
    return Canvas.wrap(text, width: width, indent: 2)
  }

  /// Why the selected place can or cannot take the copy: every reason and warning, wrapped (the fix an
  /// operator must type, such as an opt-in command, is never cut).
  static func verdictLines(_ row: DestinationRow, state: AppState, width: Int) -> [(text: String, role: ThemeRole)] {
    if !row.supported {
      return row.reasons.flatMap { Canvas.wrap("✗ " + $0, width: width, indent: 2) }.map { ($0, .error) }
    }
    if row.warnings.isEmpty { return [("✓ Supported from \(state.source.chosen?.id ?? "the source").", .ok)] }
    return row.warnings.flatMap { Canvas.wrap("! " + $0, width: width, indent: 2) }.map { ($0, .warning) }
  }
}
