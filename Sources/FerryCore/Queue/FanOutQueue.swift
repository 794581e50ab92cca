import FerryCloud
import FerryRules
import Foundation

/// Sends many copies under per-Region limits, sending more as others finish, and follows them all.
///
/// Used by `ferry copy` after `Admission.admit` has journalled every copy (`planned`, with its
/// ClientToken) before the first is sent, so a crash mid-fan-out loses nothing:
/// a later run sends what is still `planned`. A `ResourceLimitExceeded` (or throttling) answer puts
/// the copy back in the queue with a growing pause instead of failing it.
public struct FanOutQueue: Sendable {
  public let copier: Copier
  public let poller: Poller
  public let limits: FanOutLimits

  public init(copier: Copier, poller: Poller, limits: FanOutLimits = FanOutLimits()) {
    self.copier = copier
    self.poller = poller
    self.limits = limits
  }

  /// When `run` stops.
  public enum Goal: Sendable {
    /// When every copy has been accepted (or refused) by EC2: `ferry copy` without `--wait`.
    case submitted
    /// When every copy has ended.
    case finished
  }

  /// Sends the queued records as limits allow and follows them until every one has ended.
  ///
  /// - Parameter timeout: stop following after this long (`.timedOut`); `nil` waits to the end.
  public func run(_ ids: [String], until goal: Goal = .finished, timeout: Duration? = nil) -> AsyncStream<CopyEvent> {
    AsyncStream { continuation in
      let task = Task {
        await drive(ids, goal: goal, timeout: timeout) { continuation.yield($0) }
        continuation.finish()
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  private func drive(_ ids: [String], goal: Goal, timeout: Duration?, emit: (CopyEvent) -> Void) async {
    var run = FanOutRun(queue: self, followed: Set(ids), timeout: timeout)
    do {
      try await run.load()
      while !Task.isCancelled {
        if let stop = try await run.sendWhatFits(emit: emit) { emit(.stopped(stop)); return }
        if goal == .submitted, run.waiting.isEmpty { return }
        guard let delay = try await run.poll(emit: emit) else { return }
        try await copier.time.sleep(for: delay)
      }
    } catch is CancellationError {
      return
    } catch {
      emit(.stopped(AWSError(kind: .configuration, code: "Journal", message: "\(error)")))
    }
  }
}
