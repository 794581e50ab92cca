import Terminal
import Testing

@testable import FerryTUI

/// A window below 60×16 shows "enlarge the window"; keys pressed there are pressed blind, so only
/// the ways out work.
@Suite struct TooSmallKeysTests {
  private func shrunk(_ state: AppState, width: Int = 20, height: Int = 6) -> AppState {
    var state = state
    _ = update(&state, .resize(width: width, height: height))
    return state
  }

  // MARK: - Keys that act are dropped

  @Test(arguments: [Key.enter, .character("j"), .character("/"), .character("?"), .character("2"), .tab])
  func aBlindKeyOnTheSourceListDoesNothing(key: Key) {
    var state = shrunk(ViewStates.source(width: 80, height: 24))
    #expect(update(&state, .key(key)) == [])
    #expect(state.screen == .source && state.overlay == nil)
    #expect(state.source.cursor.selected == 0 && !state.source.filter.editing)
  }

  @Test func enterOnTheReviewDoesNotSubmit() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("g")))
    #expect(state.screen == .review)
    state = shrunk(state)
    #expect(update(&state, .key(.enter)) == [])
    #expect(state.screen == .review && !state.review.submitting)
  }

  @Test func typingIntoAFieldIsDropped() {
    var state = shrunk(Fixtures.optionsState())
    let name = state.options.name.text
    _ = update(&state, .key(.character("x")))
    #expect(state.options.name.text == name)
  }

  // MARK: - The ways out work

  @Test func qQuitsWithoutEdits() {
    var state = shrunk(ViewStates.source(width: 80, height: 24))
    #expect(update(&state, .key(.character("q"))) == [.quit])
  }

  @Test func ctrlZSuspends() {
    var state = shrunk(ViewStates.source(width: 80, height: 24))
    #expect(update(&state, .key(.control("z"))) == [.suspend])
  }

  /// An edited form, left for the destination list (where q is a key, not a letter typed).
  private func editedThenBack() -> AppState {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.character("x")))
    _ = update(&state, .key(.escape))
    return state
  }

  @Test func theQuitQuestionShowsAndYQuits() {
    var state = editedThenBack()
    #expect(state.screen == .destination && state.hasUnsavedWork)
    state = shrunk(state)
    #expect(update(&state, .key(.character("q"))) == [])
    #expect(state.overlay == .confirmQuit)
    #expect(
      AppView.lines(state) == [
        "                    ",
        " enlarge the window ",
        " to at least 60×16  ",
        "     (now 20×6)     ",
        "                    ",
        "Lose edits? (y/N)   ",
      ])
    #expect(update(&state, .key(.character("y"))) == [.quit])
  }

  @Test func anyOtherKeyAnswersNo() {
    var state = shrunk(editedThenBack(), width: 1, height: 1)
    _ = update(&state, .key(.character("q")))
    #expect(AppView.lines(state) == ["!"])
    _ = update(&state, .key(.character("n")))
    #expect(state.overlay == nil)
  }
}
