import Terminal
import Testing

@testable import FerryTUI

/// Under NO_COLOR / --no-color the screen stays monochrome: `:theme` cannot bring colours back.
@Suite struct NoColorThemeTests {
  private func monochromeState() -> AppState {
    var state = ViewStates.source(width: 80, height: 24)
    state.theme = .monochrome
    state.colorAllowed = false
    return state
  }

  private func type(_ line: String, _ state: inout AppState) -> [Command] {
    _ = update(&state, .key(.character(":")))
    for character in line { _ = update(&state, .key(.character(character))) }
    return update(&state, .key(.enter))
  }

  // MARK: - Update

  @Test(arguments: ["default", "high-contrast", "light", "my-own"])
  func colonThemeLoadsNothingAndSaysWhy(name: String) {
    var state = monochromeState()
    #expect(type("theme \(name)", &state) == [])
    #expect(state.theme.name == "monochrome")
    #expect(state.notice == .warning(monochromeNote))
  }

  @Test func colonThemeMonochromeStillLoads() {
    var state = monochromeState()
    #expect(type("theme monochrome", &state) == [.loadTheme("monochrome")])
  }

  @Test func aColouredThemeArrivingAnywayIsReplacedByMonochrome() {
    var state = monochromeState()
    _ = update(&state, .theme(.success(.highContrast)))
    #expect(state.theme == .monochrome)
  }

  @Test func withColourTheThemeLoadsAsBefore() {
    var state = ViewStates.source(width: 80, height: 24)
    #expect(type("theme light", &state) == [.loadTheme("light")])
    _ = update(&state, .theme(.success(.light)))
    #expect(state.theme.name == "light")
  }

  // MARK: - The grid

  @Test func everyCellIsDrawnWithAttributesOnly() {
    var state = monochromeState()
    _ = type("theme default", &state)
    _ = update(&state, .theme(.success(.default)))
    var grid = CellGrid(width: 80, height: 24)
    _ = AppView.render(state, into: &grid)
    let coloured = grid.cells.filter { $0.style.foreground != .default || $0.style.background != .default }
    #expect(coloured.isEmpty)
    #expect(grid[0, 3].style.attributes.contains(.reverse))  // the selected row still stands out
  }
}
