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
  case .display, .terminalNotes, .draftFound, .signal, .connected, .profileSwitchUnavailable,
    .profileSwitchCancelled:
    return RuntimeUpdate.apply(message, &state)
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
    // The Regions early, so :region can refuse one the account has not enabled (and Tab can complete).
    commands.append(.loadPlaces(homeRegion: identity.region, regions: [identity.region]))
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

/// Looks the key up in the current context's key map and runs what it finds.
///
/// A disabled binding says why in the notice; an unbound key falls back to the context's default
/// (typed into the text, closes the help, answers no), else does nothing.
private func handleKey(_ key: Key, _ state: inout AppState) -> [Command] {
  let context = KeyContext.of(state)
  let binding = KeyMaps.map(context, state).binding(for: key)
  guard let action = binding?.action ?? context.fallback else {
    state.notice = nil
    return []
  }
  // While the window is too small to show the screen, keys are pressed blind: only leaving (quit and
  // its question, suspend, closing the help, answering no) goes through, never a pick, a submit or a cancel.
  if Layout(width: state.width, height: state.height, showDetails: false).tooSmall,
    !blindSafe(action, context: context)
  {
    return []
  }
  state.notice = nil
  if let binding, let reason = binding.disabledReason {
    state.notice = .error("Can't \(binding.label): \(reason)")
    return []
  }
  return perform(action, key: key, context: context, &state)
}

/// Whether `action` may run on a window too small to show what it acts on.
private func blindSafe(_ action: ScreenAction, context: KeyContext) -> Bool {
  switch (action, context) {
  case (.quit, _), (.suspend, _), (.closeHelp, _), (.confirm, .confirmQuit): true
  case (.decline, .confirmQuit), (.decline, .confirmOverwrite), (.decline, .confirmDuplicate),
    (.decline, .confirmCancel):
    true
  default: false
  }
}

private func perform(_ action: ScreenAction, key: Key, context: KeyContext, _ state: inout AppState) -> [Command] {
  switch action {
  case .help:
    state.overlay = .help(scroll: 0)
  case .commandLine:
    state.overlay = .commandLine(TextInput())
  case .quit:
    return context == .welcome ? [.quit] : quit(&state)
  case .suspend:
    return [.suspend]
  case .go(let screen):
    return go(to: screen, &state)
  case .back:
    return back(&state)
  default:
    return contextAction(action, key: key, context: context, &state)
  }
  return []
}

private func contextAction(_ action: ScreenAction, key: Key, context: KeyContext, _ state: inout AppState)
  -> [Command]
{
  switch context {
  case .welcome: return action == .useSandbox ? [.useSandbox] : []
  case .help, .commandLine, .confirmQuit: return overlayAction(action, key: key, &state)
  case .source, .filter(.source): return SourceUpdate.perform(action, key: key, &state)
  case .destination, .filter: return DestinationUpdate.perform(action, key: key, &state)
  case .options, .keyPicker, .tagEditor: return OptionsUpdate.perform(action, key: key, context: context, &state)
  case .review, .savePrompt, .confirmOverwrite, .confirmDuplicate: return ReviewUpdate.perform(action, key: key, &state)
  case .status, .confirmCancel: return StatusUpdate.perform(action, &state)
  }
}

private func back(_ state: inout AppState) -> [Command] {
  switch state.screen {
  case .source:
    state.source.filter.clear()
    state.source.cursor.clamp(count: state.source.visibleCount)
  case .destination:
    if state.destination.filter.text.isEmpty {
      state.screen = .source
    } else {
      state.destination.filter.clear()
      state.destination.cursor.clamp(count: state.destination.visibleCount)
    }
  case .options: state.screen = .destination
  case .review: state.screen = .options
  case .status: state.screen = state.source.chosen == nil ? .source : .review
  }
  return []
}

/// Moves to a screen when what it needs has been chosen; otherwise says what to do first.
func go(to screen: AppState.Screen, _ state: inout AppState) -> [Command] {
  if let reason = KeyMaps.goRefusal(screen, state) {
    state.notice = .warning("Can't go to \(screen.title): \(reason)")
    return []
  }
  switch screen {
  case .review:
    return ReviewUpdate.open(&state)
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

/// Help, the command line and the quit question.
private func overlayAction(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
  switch (state.overlay, action) {
  case (.help(let scroll)?, .scrollHelp(let delta)):
    let last = HelpOverlay.maxScroll(state, unicode: !state.theme.glyphs.isASCII)
    state.overlay = .help(scroll: min(max(0, scroll + delta), last))
  case (.confirmQuit?, .confirm):
    state.overlay = nil
    return [.quit]
  case (.commandLine?, .complete):
    return CommandCompletion.complete(&state)
  case (.commandLine(let input)?, .runCommand):
    state.overlay = nil
    return runCommandLine(input.text, &state)
  case (.commandLine(var input)?, .edit):
    // Backspace on an empty line closes it, as in vim.
    if key == .backspace, input.text.isEmpty {
      state.overlay = nil
    } else {
      _ = input.apply(key)
      state.overlay = .commandLine(input)
    }
  default:
    state.overlay = nil
  }
  return []
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
  case .success(.draft(let discard)):
    return discard ? DraftUpdate.discard(&state) : DraftUpdate.restore(&state)
  case .success(.theme(let name)):
    guard state.colorAllowed || name == Theme.monochrome.name else {
      state.notice = .warning(monochromeNote)
      return []
    }
    return [.loadTheme(name)]
  case .success(.profile(let profile)):
    state.notice = .info("Switching to profile \(profile)…")
    return [.switchProfile(profile)]
  case .success(.screen(let screen)):
    return go(to: screen, &state)
  case .success(.region(let region)):
    return RegionSwitch.perform(region, &state)
  }
}

/// Why `:theme` leaves the screen monochrome.
let monochromeNote = "Colours are off (NO_COLOR, --no-color or the terminal): the theme stays monochrome."
