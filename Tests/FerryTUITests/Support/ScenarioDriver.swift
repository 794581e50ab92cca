import FerryCloud
import FerryCore
import Foundation
import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// Drives the whole TUI like an operator: keys in, commands run against the sandbox, screen out.
///
/// Each command runs to completion before the next key (no threads, no timing), and every frame
/// goes through `Screen` onto the in-memory backend, as the real loop sends it to ncurses.
@MainActor
final class ScenarioDriver {
  private(set) var state: AppState
  let effects: EffectRunner
  let clock: ImmediateTimeSource
  let backend: InMemoryBackend
  let screen: Screen

  /// `keptDraft`: a draft file the runtime would have found at start.
  init(width: Int = 80, height: Int = 24, pageSize: Int = 5, keptDraft: String? = nil) async throws {
    let clock = ImmediateTimeSource(start: Fixtures.now)
    let account = SandboxAccount(directory: nil, now: { clock.now() })
    let identity = try await account.identity()
    self.clock = clock
    effects = EffectRunner(
      account: account, desk: CopyDesk(account: account, journal: InMemoryJournal(), time: clock), pageSize: pageSize)
    backend = InMemoryBackend(width: width, height: height)
    screen = Screen(backend: backend)
    var (state, commands) = start(.account(identity), width: width, height: height, now: clock.now())
    state.keptDraft = keptDraft
    self.state = state
    await run(commands)
  }

  func press(_ keys: Key...) async {
    for key in keys { await send(.key(key)) }
  }

  func type(_ text: String) async {
    for character in text { await send(.key(.character(character))) }
  }

  /// Filters the sources to `source` and picks it, then moves down to the place named `destination` and
  /// presses enter on it.
  func pick(source: String, destination: String) async throws {
    await press(.character("/"))
    await type(source)
    await press(.enter, .enter)
    let index = try #require(state.destination.rows.firstIndex { $0.name == destination })
    for _ in 0..<index { await press(.down) }
    await press(.enter)
  }

  /// Advances the clock and ticks, as time passing on the status pane would.
  func wait(seconds: Double) async {
    clock.advance(by: .interval(seconds))
    await send(.tick(clock.now()))
  }

  func send(_ message: Message) async {
    let commands = update(&state, message)
    await run(commands)
  }

  private func run(_ commands: [Command]) async {
    for command in commands {
      if case .copyToClipboard(let text) = command {
        _ = backend.setClipboard(text)
        continue
      }
      if let message = await effects.run(command, callerAccount: state.identity?.accountId) {
        await send(message)
      }
    }
  }

  /// The screen as the operator sees it.
  var lines: [String] {
    var grid = screen.makeGrid()
    let cursor = AppView.render(state, into: &grid)
    screen.draw(grid, cursor: cursor)
    return backend.lines
  }

  /// True when some line on screen contains `text`.
  func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
}
