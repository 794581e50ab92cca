import Foundation

/// A time source for tests whose sleeps return at once, after moving its clock forward.
///
/// Like swift-clocks' `ImmediateClock`: the poller's "wait 15 s" becomes "now is 15 s later",
/// so a test follows a copy through hours of simulated time without waiting, and can read back
/// every pause the code asked for (`sleeps`). `advance(by:)` moves time without a sleep. It is
/// thread-safe; it never blocks beyond a short lock.
public final class ImmediateTimeSource: TimeSource, @unchecked Sendable {
  // @unchecked: every stored property is guarded by `lock`.
  private let lock = NSLock()
  private var current: Date
  private var recorded: [Duration] = []

  /// Starts at `start` (a fixed date makes exact assertions possible).
  public init(start: Date = Date(timeIntervalSince1970: 1_790_000_000)) {
    current = start
  }

  public func now() -> Date {
    lock.withLock { current }
  }

  public func sleep(for duration: Duration) async throws {
    try Task.checkCancellation()
    lock.withLock {
      recorded.append(duration)
      current = current.addingTimeInterval(duration.seconds)
    }
    // Let other tasks run, as a real sleep would.
    await Task.yield()
  }

  /// Moves the clock forward without recording a sleep.
  public func advance(by duration: Duration) {
    lock.withLock { current = current.addingTimeInterval(duration.seconds) }
  }

  /// Every sleep asked for so far, in order.
  public var sleeps: [Duration] {
    lock.withLock { recorded }
  }
}
