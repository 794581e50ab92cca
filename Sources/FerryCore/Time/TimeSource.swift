import Foundation

/// Where core code reads the time and waits: the system's clock, or a test's.
///
/// The poller and the fan-out queue never call `Date()` or `Task.sleep` themselves; they ask a
/// `TimeSource`, so tests run whole copies in milliseconds with `ImmediateTimeSource`. A time
/// source must never block the thread: `sleep` suspends.
public protocol TimeSource: Sendable {
  /// The current wall-clock time (journal timestamps, elapsed times, ETAs).
  func now() -> Date
  /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
  func sleep(for duration: Duration) async throws
}

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemTimeSource: TimeSource {
  public init() {}

  public func now() -> Date { Date() }

  public func sleep(for duration: Duration) async throws {
    try await Task.sleep(for: duration)
  }
}

extension Duration {
  /// The duration in seconds, as a `TimeInterval`.
  public var seconds: TimeInterval {
    let parts = components
    return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
  }

  /// A duration from a `TimeInterval` in seconds (negative values become zero).
  public static func interval(_ seconds: TimeInterval) -> Duration {
    .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
  }
}
