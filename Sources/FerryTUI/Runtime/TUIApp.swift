import FerryCloud
import Foundation
import Terminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the TUI on a real terminal: the input loop, the effects, the clock and redraws.
///
/// The loop reads a key with a short timeout (so effects' results and ticks are not starved),
/// feeds every message to `update`, starts the commands it returns, and draws a frame only after
/// something happened (the screen then sends only the cells that changed). Every way out — `q`, `:q`, SIGINT, SIGTERM, SIGHUP — goes through `session.shutdown()`,
/// so the terminal is always restored; Ctrl-Z suspends and resumes through the session.
@MainActor
public final class TUIApp {
  /// An account ready to use: its identity and the effects that reach it.
  public struct Connection: Sendable {
    public var identity: AccountIdentity
    public var effects: EffectRunner

    public init(identity: AccountIdentity, effects: EffectRunner) {
      self.identity = identity
      self.effects = effects
    }
  }

  /// Puts a question on the terminal outside the screen (an MFA code) and returns the answer, or nil
  /// when the operator pressed Ctrl-C there (which cancels only what asked).
  public typealias Ask = @Sendable (_ question: String) async -> String?

  /// The operator cancelled at a prompt: what asked is abandoned, the session goes on.
  public struct PromptCancelled: Error, Sendable, Equatable {
    public init() {}
  }

  /// How the app finds accounts it was not started with.
  ///
  /// The CLI wires these.
  public struct Providers: Sendable {
    /// The built-in sandbox (offered when no credentials were found).
    public var sandbox: (@Sendable () async throws -> Connection)?
    /// Another profile (`:profile NAME`).
    ///
    /// `ask` prompts off the screen (an MFA code for an assume-role
    /// profile); throw `PromptCancelled` when it answers nil.
    public var profile: (@Sendable (String, _ ask: @escaping Ask) async throws -> Connection)?

    public init(
      sandbox: (@Sendable () async throws -> Connection)? = nil,
      profile: (@Sendable (String, _ ask: @escaping Ask) async throws -> Connection)? = nil
    ) {
      self.sandbox = sandbox
      self.profile = profile
    }
  }

  /// Why the loop ended.
  public enum Exit: Sendable, Equatable {
    case quit
    case signal(TerminalSignal)
  }

  private let session: TerminalSession
  private let inbox = Inbox()
  private let executor: EffectExecutor
  private let providers: Providers
  private var state: AppState
  /// Set when a message arrived since the last frame.
  ///
  /// The previous state is not kept for comparing: holding it would make every append to a 100,000-row
  /// listing copy the whole array.
  private var needsDraw = true
  private var exit: Exit?
  private var lastTick = Date()

  private let drafts: DraftKeeper?
  /// Where the unsubmitted request was kept when the session ended without asking, if it was.
  public private(set) var keptDraft: String?
  /// The copies still in flight when the session ended (they go on without ferry).
  public private(set) var copiesInFlight: [String] = []

  /// Opens the session and prepares the first state; what the terminal and the drafts directory say
  /// reaches it as messages, through `update`.
  ///
  /// `connection` is nil when there are no credentials.
  public init(
    session: TerminalSession, connection: Connection?, explanation: NoCredentials?, providers: Providers, theme: Theme,
    drafts: DraftKeeper? = nil
  ) {
    self.session = session
    self.providers = providers
    self.drafts = drafts
    let size = session.screen.size
    let launch: Launch =
      connection.map { .account($0.identity) }
      ?? .noCredentials(explanation ?? NoCredentials(lookedFor: [], sandboxAvailable: providers.sandbox != nil))
    let (state, commands) = start(launch, width: size.width, height: size.height, now: Date())
    self.state = state
    self.executor = EffectExecutor(
      effects: connection?.effects, inbox: inbox)
    run(commands)
    send(.display(theme: theme, colorAllowed: session.backend.supportsColor))
    send(.terminalNotes(session.notes))
    if connection != nil, let draft = drafts?.latest() { send(.draftFound(draft)) }
  }

  /// Runs until the operator quits or a signal ends the session; restores the terminal either way.
  public func run() async -> Exit {
    defer {
      executor.cancelAll()
      session.shutdown()
    }
    draw(force: true)
    while exit == nil {
      readEvents()
      guard exit == nil else { break }
      for message in inbox.drain() { send(message) }
      let now = Date()
      // 10 ticks a second while something moves (spinners), one otherwise (elapsed times).
      if now.timeIntervalSince(lastTick) >= (state.isAnimating ? 0.1 : 1) {
        lastTick = now
        send(.tick(now))
      }
      draw(force: false)
      await Task.yield()
    }
    if case .signal(let signal)? = exit, signal != .interrupt, state.hasUnsavedWork,
      let drafts, let document = ReviewUpdate.requestDocument(state)
    {
      // The operator was not asked (SSH dropped, or the process was told to stop): keep the form.
      keptDraft = try? drafts.keep(document, at: Date())
    }
    copiesInFlight = state.status.copies.filter { !$0.phase.isFinal }.map(\.id)
    return exit ?? .quit
  }

  /// Waits for an event, then takes every event already waiting before the next frame.
  ///
  /// The wait is 30 ms while effects run or something moves (their results and spinners must not
  /// lag), 100 ms when nothing can arrive but a key, a signal or a resize: an idle ferry wakes ten
  /// times a second, not thirty. A paste or a held key arrives as hundreds of keys at once: each is
  /// applied, but the frame is drawn once for the batch (at least every 50 ms while it lasts), so the
  /// screen catches up within a frame of the last key instead of drawing every intermediate state.
  private func readEvents() {
    let started = ContinuousClock.now
    var timeout = Duration.milliseconds(inbox.isQuiet && !state.isAnimating ? 100 : 30)
    while exit == nil, let event = session.nextEvent(timeout: timeout) {
      handle(event)
      timeout = .zero
      if ContinuousClock.now - started > .milliseconds(50) { break }
    }
  }

  private func handle(_ event: TerminalEvent) {
    switch event {
    case .signal(let signal) where signal.endsSession:
      send(.signal(signal))
    case .signal:
      draw(force: true)
    case .key(.resize):
      let size = session.screen.size
      send(.resize(width: size.width, height: size.height))
    case .key(let key):
      send(.key(key))
    }
  }

  private func send(_ message: Message) {
    needsDraw = true
    let commands = update(&state, message)
    run(commands)
  }

  private func run(_ commands: [Command]) {
    for command in commands {
      switch command {
      case .quit:
        exit = .quit
      case .suspend:
        raise(SIGTSTP)
      case .endSession(let signal):
        exit = .signal(signal)
      case .copyToClipboard(let text):
        // Through the backend, after the frame: update has already said so (and refused what is too long).
        _ = session.backend.setClipboard(text)
      case .useSandbox:
        guard let provider = providers.sandbox else { continue }
        connect(profile: nil) { try await provider() }
      case .switchProfile(let profile):
        guard let provider = providers.profile else {
          send(.profileSwitchUnavailable(profile))
          continue
        }
        let ask: Ask = { [weak self] question in await self?.askOffScreen(question) }
        connect(profile: profile) { try await provider(profile, ask) }
      default:
        executor.start(command, callerAccount: state.identity?.accountId)
      }
    }
  }

  /// Connects to another account; `update` starts over on it (`.connected`), keeping theme and size.
  private func connect(profile: String?, _ make: @escaping @Sendable () async throws -> Connection) {
    // Counted as running work, so the loop keeps its short wait until the account is in.
    inbox.started()
    Task { @MainActor in
      defer { inbox.finished() }
      do {
        let connection = try await make()
        executor.replace(connection.effects)
        send(.connected(.success(Connected(identity: connection.identity, keptDraft: drafts?.latest()))))
      } catch is PromptCancelled {
        send(.profileSwitchCancelled(profile ?? "sandbox"))
      } catch {
        send(.connected(.failure(Failure(error))))
      }
    }
  }

  /// Leaves the screen for a question on the terminal, then draws the whole screen again.
  ///
  /// Runs on the main actor between turns of the loop, so curses is never read or drawn meanwhile.
  private func askOffScreen(_ question: String) -> String? {
    let answer = session.askOffScreen(question)
    draw(force: true)
    return answer
  }

  private func draw(force: Bool) {
    guard force || needsDraw else { return }
    var grid = session.screen.makeGrid()
    let cursor = AppView.render(state, into: &grid)
    session.screen.draw(grid, cursor: cursor)
    needsDraw = false
  }
}
