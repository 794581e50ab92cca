#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The full-screen session the app loop runs: ncurses, the screen, and signal handling.
///
/// Lifecycle: `start(options:)` installs the signal handlers and opens the terminal; the loop calls
/// `nextEvent(timeout:)` (or `pollSignal()` and `screen.backend.readKey`), draws with `screen`, and
/// calls `shutdown()` on every way out: it is idempotent, and `deinit` calls it too.
///
/// Signals never run app code: SIGINT (Ctrl-C), SIGTERM (and SIGQUIT) and SIGHUP come back from
/// `pollSignal()` as `.interrupt`, `.terminate`, `.hangup`, and the loop decides how to finish. Ctrl-Z (SIGTSTP) is
/// handled inside `pollSignal()`: the terminal is restored, the process stops, and after `fg` the
/// screen is retaken and `.resumed` is returned so the loop draws a full frame.
///
///     let session = try TerminalSession.start(options: TerminalOptions(environment: env))
///     defer { session.shutdown() }
///     while running {
///       switch session.nextEvent(timeout: .milliseconds(50)) {
///       case .signal(let s) where s.endsSession: running = false
///       case .key(let key): handle(key)
///       default: break
///       }
///       session.screen.draw(view(state))
///       await Task.yield()   // let async work run between keys
///     }
public final class TerminalSession: TerminalEventSource {
  public typealias Event = TerminalEvent

  public let backend: NCursesBackend
  public let screen: Screen
  private let signals: SignalMonitor
  private var isOpen = true

  private init(backend: NCursesBackend, signals: SignalMonitor) {
    self.backend = backend
    self.screen = Screen(backend: backend)
    self.signals = signals
  }

  /// Installs signal handlers, then opens the terminal.
  ///
  /// - Throws: `TerminalError`, whose description is the one line to print; the terminal and the
  ///   signal handlers are left as they were.
  public static func start(options: TerminalOptions) throws(TerminalError) -> TerminalSession {
    let signals = SignalMonitor()
    do {
      return TerminalSession(backend: try NCursesBackend(options: options), signals: signals)
    } catch {
      signals.restore()
      throw error
    }
  }

  deinit { shutdown() }

  /// Whether `start(options:)` would refuse at once (`TERM=dumb`, no terminal), without opening
  /// anything: the CLI asks before it connects to an account, so the refusal never waits on AWS.
  public static func check(options: TerminalOptions) throws(TerminalError) {
    try NCursesBackend.check(options)
  }

  /// Notes for the status line (a TERM fallback, ASCII drawing).
  public var notes: [String] { backend.notes }

  /// The most urgent pending signal, handling Ctrl-Z on the way; nil when none arrived.
  ///
  /// Order: hangup, terminate, interrupt (all end the session), then resumed.
  public func pollSignal() -> TerminalSignal? {
    guard isOpen else { return nil }
    let received = signals.take()
    if received.contains(SIGHUP) { return .hangup }
    if received.contains(SIGTERM) || received.contains(SIGQUIT) { return .terminate }
    if received.contains(SIGINT) { return .interrupt }
    if received.contains(SIGTSTP) {
      backend.suspend()
      signals.stopProcess()
      backend.resume()
      screen.invalidate()
      return .resumed
    }
    if received.contains(SIGCONT) {
      // Continued after a stop we did not see (SIGSTOP): the screen may hold anything.
      backend.resume()
      screen.invalidate()
      return .resumed
    }
    return nil
  }

  /// A pending signal if there is one, else the next key within `timeout`, else nil.
  public func nextEvent(timeout: Duration) -> Event? {
    if let signal = pollSignal() { return .signal(signal) }
    if let key = backend.readKey(timeout: timeout) {
      if key == .resize { screen.invalidate() }
      return .key(key)
    }
    // A signal that interrupted the wait is reported now rather than a turn later.
    return pollSignal().map(Event.signal)
  }

  /// Leaves the screen, asks `question` on the controlling terminal (`/dev/tty`), and takes the screen back.
  ///
  /// For what must be typed outside the interface, such as an MFA code. The screen is given back to the
  /// shell as for Ctrl-Z, the line is read in the terminal's own line mode, and the next frame must be
  /// drawn in full. Returns nil when there is no terminal, at end of input, or when the operator pressed
  /// Ctrl-C: that SIGINT cancels the question only and is not reported by `pollSignal()`. A SIGHUP or
  /// SIGTERM meanwhile also returns nil and is kept, so the loop still ends the session.
  public func askOffScreen(_ question: String) -> String? {
    guard isOpen else { return nil }
    backend.suspend()
    defer {
      backend.resume()
      screen.invalidate()
    }
    _ = signals.takeInterrupt()  // a Ctrl-C from before the question is not an answer to it
    return TerminalPrompt.ask(question, path: "/dev/tty") { [signals] in
      if signals.takeInterrupt() { return true }
      return signals.endingSignalPending
    }
  }

  /// Restores the terminal and the previous signal handlers.
  ///
  /// Idempotent.
  public func shutdown() {
    guard isOpen else { return }
    isOpen = false
    backend.shutdown()
    signals.restore()
  }
}
