import Terminal

/// Draws the source screen: the column header with the running count, the rows, the details panel.
enum SourceView {
  static func render(_ state: AppState, in body: Rect, into canvas: inout Canvas) {
    let source = state.source
    let layout = state.layout
    let snapshots = source.resource == .snapshot
    let columns = SourceRows.columns(width: body.width - 2, snapshots: snapshots, content: source.contentWidths)
    canvas.bar("  " + SourceRows.headerLine(columns, sortedBy: source.sort.column), row: body.y, in: body, .tableHeader)

    let height = layout.listHeight
    let top = source.cursor.visibleTop(height: height)
    for line in 0..<height {
      let row = top + line
      let y = body.y + 1 + line
      guard let item = source.visible(row) else {
        if row == 0 { canvas.text("  " + emptyText(state), x: body.x, y: y, .dim, clip: body) }
        continue
      }
      let selected = row == source.cursor.selected
      let text =
        (selected ? canvas.marker + " " : "  ") + SourceRows.line(item, columns: columns, outposts: source.outpostNames)
      if selected {
        canvas.bar(text, row: y, in: body, .selection)
      } else {
        canvas.text(text, x: body.x, y: y, item.shared ? .info : .text, clip: body)
      }
    }
    let detailsHeight = layout.detailsHeight
    guard detailsHeight > 0 else { return }
    let panel = Rect(x: body.x, y: body.maxY - detailsHeight, width: body.width, height: detailsHeight)
    canvas.box(panel, title: "Details")
    guard let item = source.selected else { return }
    let inner = panel.inset(by: 1)
    let labelWidth = 12
    var y = inner.y
    for (label, value) in SourceRows.details(item) {
      guard y < inner.maxY else { break }
      canvas.text(Format.pad(label, labelWidth), x: inner.x + 1, y: y, .dim, clip: inner)
      canvas.text(value, x: inner.x + 1 + labelWidth, y: y, .text, clip: inner)
      y += 1
    }
  }

  private static func theme(_ canvas: Canvas) -> Theme { canvas.theme }

  /// "AMIs: 1,234" when loaded, "⠋ loading… 1,200" while pages arrive, the error when it failed.
  static func statusText(_ state: AppState) -> String {
    let noun = state.source.resource == .image ? "AMIs" : "snapshots"
    let count = Format.count(state.source.items.count)
    switch state.source.loading {
    case .idle: return ""
    case .loading(let scope):
      let spinner = Spinner(tick: state.spinner).frame(state.theme.glyphs)
      let frame = spinner.isEmpty ? "" : spinner + " "
      return "\(frame)loading \(scope == .owned ? "" : "shared ")\(noun)… \(count)"
    case .done: return "\(count) \(noun)"
    case .failed: return "\(count) \(noun), listing failed"
    }
  }

  static func emptyText(_ state: AppState) -> String {
    let noun = state.source.resource == .image ? "AMIs" : "snapshots"
    switch state.source.loading {
    case .failed(let message): return "Could not list \(noun): \(message)"
    case .loading: return "Loading \(noun)…"
    default:
      if !state.source.filter.text.isEmpty {
        return "No \(noun) match \"\(state.source.filter.text)\" (esc clears the filter)."
      }
      return "No \(noun) owned by or shared with this account in \(state.region). Try :region NAME or tab."
    }
  }
}
