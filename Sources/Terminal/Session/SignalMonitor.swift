import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bits the signal handler sets: the only state it touches.
///
/// A lock-free atomic is
/// async-signal-safe; it is initialised before any handler is installed.
private let receivedSignals = Atomic<UInt32>(0)

/// The C signal handler: records the signal and returns.
///
/// Nothing else (no I/O, no allocation).
private func recordSignal(_ number: Int32) {
  receivedSignals.bitwiseOr(1 << UInt32(number), ordering: .sequentiallyConsistent)
}

/// Catches SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT into flags the app loop polls.
///
/// Handlers only set bits; all the work (endwin, stopping, redrawing) happens on the loop, where
/// it is safe. Installed before ncurses starts so that ncurses keeps its hands off these signals;
/// `restore()` puts the previous handlers back. SIGWINCH is left to ncurses (it yields KEY_RESIZE).
final class SignalMonitor {
  // SIGQUIT (Ctrl-\\) is caught too: its default action would leave the terminal in curses mode.
  static let caught: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT]
  private var previous: [Int32: sigaction] = [:]

  init() {
    _ = receivedSignals.load(ordering: .relaxed)
    for number in Self.caught {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = recordSignal
      #else
        action.__sigaction_u.__sa_handler = recordSignal
      #endif
      sigemptyset(&action.sa_mask)
      // No SA_RESTART: a blocking read returns early, so the loop sees the flag at once.
      action.sa_flags = 0
      var old = sigaction()
      if sigaction(number, &action, &old) == 0 { previous[number] = old }
    }
  }

  /// Takes (and clears) the signals received since the last call.
  func take() -> Set<Int32> {
    let bits = receivedSignals.exchange(0, ordering: .sequentiallyConsistent)
    return Set(Self.caught.filter { bits & (1 << UInt32($0)) != 0 })
  }

  /// Takes (and clears) a pending SIGINT only, leaving any other signal for `take()`.
  func takeInterrupt() -> Bool {
    let bit = UInt32(1) << UInt32(SIGINT)
    return receivedSignals.bitwiseAnd(~bit, ordering: .sequentiallyConsistent).oldValue & bit != 0
  }

  /// True when a signal that ends the session (SIGHUP, SIGTERM, SIGQUIT) is pending; nothing is cleared.
  var endingSignalPending: Bool {
    let bits = receivedSignals.load(ordering: .sequentiallyConsistent)
    return [SIGHUP, SIGTERM, SIGQUIT].contains { bits & (1 << UInt32($0)) != 0 }
  }

  /// Stops this process as the default SIGTSTP action would; returns once it is continued.
  func stopProcess() {
    var defaultAction = sigaction()
    #if canImport(Glibc)
      defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    #else
      defaultAction.__sigaction_u.__sa_handler = SIG_DFL
    #endif
    sigemptyset(&defaultAction.sa_mask)
    var ours = sigaction()
    sigaction(SIGTSTP, &defaultAction, &ours)
    // The loop may run on a thread that blocks SIGTSTP (Swift's main actor runs on a pool thread
    // on Linux): unblock it here, or the raised signal stays pending and nothing stops.
    var tstp = sigset_t()
    sigemptyset(&tstp)
    sigaddset(&tstp, SIGTSTP)
    var mask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &tstp, &mask)
    raise(SIGTSTP)
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    sigaction(SIGTSTP, &ours, nil)
    // The SIGCONT that woke us is expected; the caller redraws anyway.
    receivedSignals.bitwiseAnd(~(1 << UInt32(SIGCONT)), ordering: .sequentiallyConsistent)
  }

  /// Puts back the handlers that were installed before.
  ///
  /// Idempotent.
  func restore() {
    for (number, var old) in previous { sigaction(number, &old, nil) }
    previous = [:]
  }
}
