/// Waits between attempts.
///
/// Injected so tests record the delays instead of waiting.
public protocol Sleeper: Sendable {
  func sleep(seconds: Double) async throws
}

/// The real sleeper: `Task.sleep`, cancellable.
public struct TaskSleeper: Sleeper {
  public init() {}

  public func sleep(seconds: Double) async throws {
    guard seconds > 0 else { return }
    try await Task.sleep(for: .milliseconds(Int((seconds * 1000).rounded())))
  }
}
