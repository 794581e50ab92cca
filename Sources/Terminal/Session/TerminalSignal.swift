/// A signal the app loop must act on, as `TerminalSession.pollSignal()` reports it.
public enum TerminalSignal: Sendable, Equatable, CaseIterable {
  /// SIGINT (Ctrl-C): the loop should finish (or ask) and call `shutdown()`.
  case interrupt
  /// SIGTERM: finish cleanly and call `shutdown()`.
  case terminate
  /// SIGHUP: the terminal went away (SSH dropped); finish without waiting for keys.
  case hangup
  /// The process came back from Ctrl-Z (or SIGSTOP): the next frame is drawn in full.
  case resumed

  /// Whether the loop should stop.
  public var endsSession: Bool { self != .resumed }
}
