import FerryCloud
import FerryRules
import Foundation
import Terminal

/// The TUI's one update function: a message in, the state changed in place, the commands to run out.
///
/// Pure: no I/O, no clock (time arrives in `.tick`), no randomness. Global keys are handled here;
/// the rest go to the active screen. Results of commands land in the sub-state they belong to.
public func update(_ state: inout AppState, _ message: Message) -> [Command] {
  switch message {
  case .key(let key):
    return handleKey(key, &state)
  case .resize(let width, let height):
    state.width = width
    state.height = height
    return []
  case .tick(let now):
    state.now = now
    if state.isAnimating { state.spinner &+= 1 }
    return StatusUpdate.tick(&state)
  default:
    return Results.apply(message, &state)
  }
}

/// Starts the TUI: the first state and the commands that load what the first screen shows.
public func start(_ launch: Launch, width: Int, height: Int, now: Date) -> (AppState, [Command]) {
  switch launch {
  case .account(let identity):
    var state = AppState(region: identity.region, width: width, height: height, now: now)
    state.identity = identity
    var commands = state.source.reload(region: identity.region)
    commands.append(.refreshCopies)
    state.status.polling = true
    return (state, commands)
  case .noCredentials(let explanation):
    let state = AppState(mode: .welcome(explanation), region: "", width: width, height: height, now: now)
    return (state, [])
  }
}

/// How the TUI was started: with an account, or with an explanation of why there is none.
public enum Launch: Sendable, Equatable {
  case account(AccountIdentity)
  case noCredentials(NoCredentials)
}

private func handleKey(_ key: Key, _ state: inout AppState) -> [Command] {
  state.notice = nil
  if key == .control("z") { return [.suspend] }
  if case .welcome(let info) = state.mode {
    switch key {
    case .character("s") where info.sandboxAvailable: return [.useSandbox]
    case .character("q"), .escape, .control("c"): return [.quit]
    default: return []
    }
  }
  if let overlay = state.overlay { return overlayKey(key, overlay, &state) }
  if capturesText(state) {
    if key == .function(1) {
      state.overlay = .help(scroll: 0)
      return []
    }
    if key == .escape, state.screen == .options, state.options.tagEdit == nil, state.options.picker == nil {
      state.screen = .destination
      return []
    }
    return screenKey(key, &state)
  }
  switch key {
  case .character("?"), .function(1):
    state.overlay = .help(scroll: 0)
  case .character(":"):
    state.overlay = .commandLine(TextInput())
  case .character("q"), .control("c"):
    return quit(&state)
  case .character(let digit) where (1...5).contains(digit.wholeNumberValue ?? 0):
    return go(to: AppState.Screen.allCases[(digit.wholeNumberValue ?? 1) - 1], &state)
  case .escape where !screenConsumesEscape(state):
    return back(&state)
  default:
    return screenKey(key, &state)
  }
  return []
}

/// True while a text field has the keyboard, so letters are typed rather than taken as commands.
private func capturesText(_ state: AppState) -> Bool {
  switch state.screen {
  case .source: state.source.filtering
  case .options: state.options.tagEdit != nil || (state.options.picker == nil && state.options.focus.isText)
  case .review: state.review.savePath != nil || state.review.confirmOverwrite != nil
  case .status: state.status.confirmCancel != nil
  case .destination: false
  }
}

private func screenConsumesEscape(_ state: AppState) -> Bool {
  state.screen == .options && (state.options.picker != nil || state.options.tagEdit != nil)
}

private func screenKey(_ key: Key, _ state: inout AppState) -> [Command] {
  switch state.screen {
  case .source: SourceUpdate.handle(key, &state)
  case .destination: DestinationUpdate.handle(key, &state)
  case .options: OptionsUpdate.handle(key, &state)
  case .review: ReviewUpdate.handle(key, &state)
  case .status: StatusUpdate.handle(key, &state)
  }
}

private func back(_ state: inout AppState) -> [Command] {
  switch state.screen {
  case .source:
    if !state.source.filter.text.isEmpty {
      state.source.filter.set("")
      state.source.index.setQuery("")
    }
  case .destination: state.screen = .source
  case .options: state.screen = .destination
  case .review: state.screen = .options
  case .status: state.screen = state.source.chosen == nil ? .source : .review
  }
  return []
}

/// Moves to a screen when what it needs has been chosen; otherwise says what to do first.
func go(to screen: AppState.Screen, _ state: inout AppState) -> [Command] {
  switch screen {
  case .destination where state.source.chosen == nil:
    state.notice = .warning("Pick a source first (enter on an AMI or snapshot).")
  case .options, .review:
    guard state.destination.chosen != nil else {
      state.notice = .warning("Pick a source and a destination first.")
      return []
    }
    if screen == .review { return ReviewUpdate.open(&state) }
    state.screen = screen
  case .status:
    state.screen = .status
    return state.status.lastPoll == nil ? StatusUpdate.refresh(&state) : []
  default:
    state.screen = screen
  }
  return []
}

private func quit(_ state: inout AppState) -> [Command] {
  if state.hasUnsavedWork {
    state.overlay = .confirmQuit
    return []
  }
  return [.quit]
}

private func overlayKey(_ key: Key, _ overlay: AppState.Overlay, _ state: inout AppState) -> [Command] {
  switch overlay {
  case .help(let scroll):
    switch key {
    case .down, .character("j"): state.overlay = .help(scroll: scroll + 1)
    case .up, .character("k"): state.overlay = .help(scroll: max(0, scroll - 1))
    default: state.overlay = nil
    }
    return []
  case .confirmQuit:
    state.overlay = nil
    return key == .character("y") ? [.quit] : []
  case .commandLine(var input):
    switch key {
    case .escape:
      state.overlay = nil
    case .tab:
      input.set(CommandLineParser.complete(input.text))
      state.overlay = .commandLine(input)
    case .enter:
      state.overlay = nil
      return runCommandLine(input.text, &state)
    case .backspace where input.text.isEmpty:
      state.overlay = nil
    default:
      _ = input.apply(key)
      state.overlay = .commandLine(input)
    }
    return []
  }
}

private func runCommandLine(_ line: String, _ state: inout AppState) -> [Command] {
  switch CommandLineParser.parse(line) {
  case .failure(let failure):
    state.notice = .error(failure.message)
    return []
  case .success(.quit):
    return quit(&state)
  case .success(.help):
    state.overlay = .help(scroll: 0)
    return []
  case .success(.theme(let name)):
    return [.loadTheme(name)]
  case .success(.profile(let profile)):
    state.notice = .info("Switching to profile \(profile)…")
    return [.switchProfile(profile)]
  case .success(.screen(let screen)):
    return go(to: screen, &state)
  case .success(.region(let region)):
    guard region.range(of: #"^[a-z]{2}(-[a-z]+)+-\d+$"#, options: .regularExpression) != nil else {
      state.notice = .error("\"\(region)\" is not a Region name (e.g. eu-west-1).")
      return []
    }
    state.region = region
    state.screen = .source
    state.notice = .info("Listing in \(region).")
    return state.source.reload(region: region)
  }
}
