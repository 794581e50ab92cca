import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a wait that SIGHUP, SIGINT or SIGTERM ends cleanly instead of killing the process.
///
/// While the body runs, those signals' default actions are ignored and a dispatch signal source
/// cancels the body's task instead: the wait stops at its next suspension point (a poll's pause, a
/// call), the journal write in progress completes (writes are whole-file renames under a lock), and
/// the command prints where things stand and exits with 128 + the signal's number. SIGPIPE is ignored
/// too, so a closed log pipe cannot kill ferry mid-write. The default actions come back afterwards.
enum SignalTrap {
  static let signals: [Int32] = [SIGHUP, SIGINT, SIGTERM]

  /// The body's result, and the signal that cancelled it (nil when it ran to its end).
  static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) async -> (T, Int32?) {
    let caught = Caught()
    let task = Task { await body() }
    let queue = DispatchQueue(label: "ferry.signals")
    signal(SIGPIPE, SIG_IGN)
    let sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        caught.record(number)
        task.cancel()
      }
      source.resume()
      return source
    }
    let value = await task.value
    sources.forEach { $0.cancel() }
    signals.forEach { signal($0, SIG_DFL) }
    return (value, caught.first)
  }

  /// The signal's conventional name, for messages.
  static func name(_ number: Int32) -> String {
    switch number {
    case SIGHUP: "SIGHUP"
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    default: "signal \(number)"
    }
  }

  /// The first signal caught; later ones change nothing (the wait is already stopping).
  private final class Caught: Sendable {
    private let number = Mutex<Int32?>(nil)

    func record(_ signal: Int32) { number.withLock { $0 = $0 ?? signal } }
    var first: Int32? { number.withLock { $0 } }
  }
}
