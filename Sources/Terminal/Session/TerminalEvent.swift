/// What one turn of the input loop received: a key or a signal.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  case signal(TerminalSignal)
}

/// Where the app loop gets its events: the real `TerminalSession`, or an `InMemoryBackend` in tests.
///
/// Lets one loop run unchanged against a terminal and against a script.
public protocol TerminalEventSource: AnyObject {
  /// A pending signal, else the next key within `timeout`, else nil.
  func nextEvent(timeout: Duration) -> TerminalEvent?
}
