import Foundation
import Terminal

/// What the runtime reports — the display, signals, a new connection, a kept draft — applied to the
/// state like any other message, so each path is reachable from update tests.
///
/// Pure: the runtime does the I/O (the terminal, the account, the drafts directory) and sends the result.
enum RuntimeUpdate {
  static func apply(_ message: Message, _ state: inout AppState) -> [Command] {
    switch message {
    case .display(let theme, let colorAllowed):
      state.theme = theme
      state.colorAllowed = colorAllowed
    case .terminalNotes(let notes):
      // Said once; a kept draft, which asks for a decision, takes the line instead (it comes after).
      if !notes.isEmpty { state.notice = .info(notes.joined(separator: "; ")) }
    case .draftFound(let path):
      state.keptDraft = path
      state.notice = .info(
        "R restores the request kept when the last session ended (:draft discard deletes it): \(path)")
    case .signal(let signal):
      return self.signal(signal, &state)
    case .connected(.success(let connected)):
      return connect(connected, &state)
    case .connected(.failure(let failure)):
      state.notice = .error("Could not connect: \(failure.description)")
    case .profileSwitchUnavailable(let profile):
      state.notice = .error("Switching profiles is not available here; restart ferry with --profile \(profile).")
    case .profileSwitchCancelled(let profile):
      let still = state.identity.map { " still using \($0.profile ?? "the current account")" } ?? ""
      state.notice = .warning("Not switched to profile \(profile): the MFA prompt was cancelled;\(still).")
    default:
      break
    }
    return []
  }

  /// Ctrl-C over unsaved edits asks first, like q (a second Ctrl-C, or y, quits); every other ending
  /// signal, and Ctrl-C with nothing to lose, ends the session at once.
  private static func signal(_ signal: TerminalSignal, _ state: inout AppState) -> [Command] {
    guard signal.endsSession else { return [] }
    if signal == .interrupt, state.hasUnsavedWork, state.overlay != .confirmQuit {
      state.overlay = .confirmQuit
      return []
    }
    return [.endSession(signal)]
  }

  /// Starts over on the new account, keeping what belongs to the terminal: size, theme, colour.
  private static func connect(_ connected: Connected, _ state: inout AppState) -> [Command] {
    let (fresh, commands) = start(
      .account(connected.identity), width: state.width, height: state.height, now: state.now)
    let (theme, colorAllowed) = (state.theme, state.colorAllowed)
    state = fresh
    state.theme = theme
    state.colorAllowed = colorAllowed
    state.keptDraft = connected.keptDraft
    return commands
  }
}
