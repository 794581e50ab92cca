import Terminal
import Testing

@testable import FerryTUI

/// At the minimum size (60×16) nothing is cut into meaningless pieces and the help still scrolls well.
@Suite struct SmallScreenTests {
  // MARK: - Tabs

  @Test func theTabLineDropsASummaryThatDoesNotFitInsteadOfCuttingIt() {
    var state = ViewStates.source(width: 60, height: 16)
    _ = update(&state, .key(.enter))
    let tabs = AppView.lines(state)[1]
    #expect(tabs == " 1 Source  2 Destination  3 Options  4 Review  5 Status     ")
    #expect(AppView.lines(ViewStates.destination())[1].hasSuffix("ami-00000000000000001 "))
  }

  // MARK: - Help

  @Test func helpScrollStopsAtTheEndSoOneKUpMovesAtOnce() {
    var state = ViewStates.source(width: 60, height: 16)
    _ = update(&state, .key(.character("?")))
    for _ in 0..<100 { _ = update(&state, .key(.character("j"))) }
    guard case .help(let bottom)? = state.overlay else {
      Issue.record("help closed")
      return
    }
    #expect(bottom == HelpOverlay.maxScroll(state, unicode: true))
    #expect(AppView.lines(state)[12].contains(":q"))
    _ = update(&state, .key(.character("k")))
    #expect(state.overlay == .help(scroll: bottom - 1))
  }

  @Test func aDisabledKeysReasonWrapsInsteadOfBeingCut() {
    var state = ViewStates.source(width: 60, height: 16)
    _ = update(&state, .key(.character("?")))
    for _ in 0..<22 { _ = update(&state, .key(.character("j"))) }
    let text = AppView.lines(state).joined(separator: "\n")
    #expect(text.contains("│   2           Go to Destination (disabled: pick a source │"))
    #expect(text.contains("│               first (enter on an AMI or snapshot))       │"))
  }
}
