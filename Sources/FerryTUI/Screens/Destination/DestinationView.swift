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
    let listArea = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 3)
    let top = destination.cursor.visibleTop(height: listArea.height)
    if destination.visibleCount == 0, !destination.filter.text.isEmpty {
      let note = "  No place matches \"\(destination.filter.text)\" (esc clears the filter)."
      canvas.text(note, x: body.x, y: listArea.y, .dim, clip: body)
    }
    for line in 0..<listArea.height {
      let index = top + line
      guard let row = destination.visible(index) else { break }
      let selected = index == destination.cursor.selected
      let text = (selected ? canvas.marker + " " : "  ") + DestinationRows.line(row, width: body.width - 2)
      let y = listArea.y + line
      if selected {
        canvas.bar(text, row: y, in: body, .selection)
      } else {
        canvas.text(text, x: body.x, y: y, row.supported ? .text : .disabled, clip: body)
      }
    }
    // The selected row's verdict in full, under the list.
    guard let row = destination.selected else { return }
    let verdictY = body.maxY - 2
    if row.supported {
      let text = row.warnings.first.map { "! " + $0 } ?? "✓ Supported from \(state.source.chosen?.id ?? "the source")."
      canvas.text(text, x: body.x + 1, y: verdictY, row.warnings.isEmpty ? .ok : .warning, clip: body)
    } else {
      for (offset, line) in Canvas.wrap("✗ " + (row.reasons.first ?? ""), width: body.width - 2).prefix(2).enumerated()
      {
        canvas.text(line, x: body.x + 1, y: verdictY + offset, .error, clip: body)
      }
    }
  }
}
