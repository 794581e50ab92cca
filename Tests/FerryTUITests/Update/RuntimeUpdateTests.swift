import FerryCloud
import FerryCore
import Foundation
import Terminal
import Testing

@testable import FerryTUI

/// What the runtime reports reaches the state only through `update`: signals, connections, the profile
/// switch, kept drafts and the display.
@Suite struct RuntimeUpdateTests {
  // MARK: - Signals

  @Test func ctrlCWithNothingToLoseEndsTheSession() {
    var state = Fixtures.loadedState([])
    #expect(update(&state, .signal(.interrupt)) == [.endSession(.interrupt)])
    #expect(state.overlay == nil)
  }

  @Test func ctrlCOverUnsavedWorkAsksThenASecondOneEnds() {
    var state = Fixtures.optionsState()
    state.options.dirty = true
    #expect(update(&state, .signal(.interrupt)) == [])
    #expect(state.overlay == .confirmQuit)
    #expect(update(&state, .signal(.interrupt)) == [.endSession(.interrupt)])
  }

  @Test func hangupAndTerminateNeverAsk() {
    var state = Fixtures.optionsState()
    state.options.dirty = true
    #expect(update(&state, .signal(.hangup)) == [.endSession(.hangup)])
    #expect(update(&state, .signal(.terminate)) == [.endSession(.terminate)])
    #expect(state.overlay == nil)
    #expect(update(&state, .signal(.resumed)) == [])
  }

  // MARK: - Connections

  @Test func aNewConnectionStartsOverKeepingTheTerminalsSettings() {
    var state = Fixtures.optionsState(width: 100, height: 30)
    _ = update(&state, .display(theme: .monochrome, colorAllowed: false))
    let other = AccountIdentity(accountId: "444455556666", partition: "aws", profile: "prod", region: "eu-west-1")
    let commands = update(&state, .connected(.success(Connected(identity: other, keptDraft: "/d/draft.json"))))
    #expect(state.identity == other)
    #expect(state.region == "eu-west-1")
    #expect(state.screen == .source)
    #expect(state.source.chosen == nil)
    #expect((state.width, state.height) == (100, 30))
    #expect(state.theme == .monochrome && !state.colorAllowed)
    #expect(state.keptDraft == "/d/draft.json")
    #expect(commands.contains(.refreshCopies))
    #expect(commands.contains { if case .loadSources(_, "eu-west-1", _, _, _) = $0 { true } else { false } })
  }

  @Test func aFailedConnectionKeepsTheAccountAndSaysWhy() {
    var state = Fixtures.optionsState()
    let before = state
    let failure = Failure("AWS rejected the credentials", code: "InvalidClientTokenId")
    #expect(update(&state, .connected(.failure(failure))) == [])
    #expect(state.identity == before.identity)
    #expect(state.options == before.options)
    #expect(state.notice == .error("Could not connect: AWS rejected the credentials (InvalidClientTokenId)"))
  }

  @Test func aProfileSwitchThatIsNotAvailableSaysHowToRestart() {
    var state = Fixtures.loadedState([])
    #expect(update(&state, .profileSwitchUnavailable("prod")) == [])
    #expect(state.notice == .error("Switching profiles is not available here; restart ferry with --profile prod."))
  }

  @Test func aCancelledMFAPromptLeavesTheSessionAsItWas() {
    var state = Fixtures.optionsState()
    let before = state
    #expect(update(&state, .profileSwitchCancelled("mfa")) == [])
    #expect(state.identity == before.identity)
    #expect(state.options == before.options)
    #expect(state.notice?.level == .warning)
    #expect(state.notice?.text.hasPrefix("Not switched to profile mfa: the MFA prompt was cancelled") == true)
  }

  // MARK: - Start

  @Test func aKeptDraftTakesTheNoticeLineAfterTheTerminalNotes() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .terminalNotes(["TERM xterm-kitty is unknown; using xterm-256color"]))
    #expect(state.notice == .info("TERM xterm-kitty is unknown; using xterm-256color"))
    _ = update(&state, .draftFound("/s/drafts/request-1.json"))
    #expect(state.keptDraft == "/s/drafts/request-1.json")
    #expect(state.notice?.text.hasSuffix("(:draft discard deletes it): /s/drafts/request-1.json") == true)
  }

  @Test func noTerminalNotesLeaveTheNoticeAlone() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .terminalNotes([]))
    #expect(state.notice == nil)
  }
}
