import FerryRules
import Testing

@testable import FerryTUI

/// Messages an operator must act on are drawn whole at 80×24: wrapped over the rows they need, never cut.
@Suite struct MessageWrapTests {
  /// A state on the destination screen whose catalog has a Local Zone that is not opted in.
  private func destinationWithClosedZone() -> AppState {
    var state = ViewStates.source(width: 80, height: 24)
    _ = update(&state, .key(.enter))
    var catalog = Fixtures.catalog
    catalog.zones.append(
      Zone(
        name: "us-east-1-mia-2a", id: "use1-mia2-az1", kind: .localZone, region: "us-east-1",
        group: "us-east-1-mia-2", optIn: .notOptedIn))
    _ = update(&state, .places(.success(Places(catalog: catalog))))
    return state
  }

  private func select(_ name: String, _ state: inout AppState) {
    let index = (0..<state.destination.visibleCount).first { state.destination.visible($0)?.name == name } ?? -1
    #expect(index >= 0, "\(name) is listed")
    state.destination.cursor.select(index, count: state.destination.visibleCount)
  }

  /// The screen as one string with each line's trailing spaces dropped and lines joined by spaces.
  private func flowing(_ state: AppState) -> String {
    AppView.lines(state).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test func theOptInFixIsShownWholeAt80x24() {
    var state = destinationWithClosedZone()
    select("us-east-1-mia-2a", &state)
    let reason = state.destination.selected?.reasons.first ?? ""
    #expect(reason.contains("--group-name us-east-1-mia-2 --opt-in-status opted-in)"))
    let screen = AppView.lines(state)
    #expect(flowing(state).contains("--group-name us-east-1-mia-2 --opt-in-status opted-in)."))
    // The list still shows above the reason, and the screen keeps its 24 rows.
    #expect(screen.count == 24)
    #expect(screen.contains { $0.contains("eu-west-1") })
  }

  @Test func aLongNoticeWrapsAboveTheFooterInsteadOfBeingCut() {
    var state = ViewStates.source(width: 80, height: 24)
    let text = String(repeating: "word ", count: 30) + "the-end-of-the-notice"
    state.notice = .warning(text)
    let screen = AppView.lines(state)
    #expect(screen[21].contains("word"))
    #expect(screen[22].contains("the-end-of-the-notice"))
    #expect(screen[23].contains("? help"), "the footer stays on the last row")
  }

  @Test func theCancelQuestionIsWholeAt60Columns() {
    var state = ViewStates.status()
    state.width = 60
    state.status.confirmCancel = "cp-0123456789ab"
    let text = flowing(state)
    #expect(text.contains("Cancel copy cp-0123456789ab? The pending resource is deregistered or deleted. (y/N)"))
  }

  @Test func aCommandAnswerShowsWhileAFilterIsSet() {
    var state = ViewStates.source(width: 80, height: 24)
    _ = update(&state, .key(.character("/")))
    _ = update(&state, .key(.character("w")))
    _ = update(&state, .key(.enter))
    _ = update(&state, .key(.character(":")))
    for character in "region nowhere" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.enter))
    let screen = AppView.lines(state)
    #expect(screen[21].contains("\"nowhere\" is not a Region name"))
    #expect(screen[22].hasPrefix("/w"), "the filter line stays under the answer")
  }

  @Test func wrappedTextPastTheRowsLeftIsCutAtTheEndWithAnEllipsis() {
    let lines = PromptLine.wrapped(String(repeating: "abc ", count: 40), width: 20, rows: 3, ellipsis: "~")
    #expect(lines.count == 3)
    #expect(lines[2].hasSuffix("~"))
    #expect(lines.allSatisfy { $0.count <= 20 })
  }
}
