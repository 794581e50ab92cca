import Terminal

/// Draws the whole state into a grid: header, tabs, the screen, prompt line and footer, overlays last.
///
/// Pure: the same state and size always give the same grid. Returns where the text cursor belongs.
public enum AppView {
  public static func render(_ state: AppState, into grid: inout CellGrid) -> CursorPosition? {
    var canvas = Canvas(grid: grid, theme: state.theme)
    defer { grid = canvas.grid }
    let layout = Layout(width: grid.width, height: grid.height, showDetails: state.source.showDetails)
    if layout.tooSmall {
      canvas.grid = CellGrid(width: grid.width, height: grid.height)
      var area = canvas.grid.area
      if state.overlay == .confirmQuit, area.height > 1 {
        // The question q or Ctrl-C asked must be answerable without enlarging the window.
        let (bottom, rest) = area.sliceBottom(1)
        canvas.text(shortQuitQuestion, x: bottom.x, y: bottom.y, .warning, clip: bottom)
        area = rest
      }
      TooSmallView(
        minimum: TerminalSize(width: Layout.minimumWidth, height: Layout.minimumHeight),
        actual: TerminalSize(width: grid.width, height: grid.height)
      ).render(in: area, into: &canvas.grid, theme: state.theme)
      return nil
    }
    canvas.clear(grid.area)
    HeaderView.render(state, in: layout.header, into: &canvas)
    if case .welcome(let info) = state.mode {
      canvas.clear(layout.tabs)
      WelcomeView.render(info, in: layout.body, into: &canvas)
      FooterView.render(state, in: layout.footer, into: &canvas)
      return nil
    }
    TabsView.render(state, in: layout.tabs, into: &canvas)
    var cursor: CursorPosition?
    switch state.screen {
    case .source: SourceView.render(state, in: layout.body, into: &canvas)
    case .destination: DestinationView.render(state, in: layout.body, into: &canvas)
    case .options: cursor = OptionsView.render(state, in: layout.body, into: &canvas)
    case .review: ReviewView.render(state, in: layout.body, into: &canvas)
    case .status: StatusView.render(state, in: layout.body, into: &canvas)
    }
    if case .help(let scroll)? = state.overlay {
      HelpOverlay.render(state, scroll: scroll, in: layout.body, into: &canvas)
      cursor = nil
    }
    if let promptCursor = PromptLine.render(state, in: layout.prompt, into: &canvas) { cursor = promptCursor }
    FooterView.render(state, in: layout.footer, into: &canvas)
    return cursor
  }

  /// The quit question on a window too small for the screen.
  static let shortQuitQuestion = "Lose edits? (y/N)"

  /// The state drawn at its own size, as text lines: for tests and dumps.
  public static func lines(_ state: AppState) -> [String] {
    var grid = CellGrid(width: state.width, height: state.height)
    _ = render(state, into: &grid)
    return grid.lines
  }
}
