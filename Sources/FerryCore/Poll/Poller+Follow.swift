import FerryCloud
import Foundation

extension Poller {
  /// Polls until the followed copies end, the deadline passes, or the stream is dropped.
  ///
  /// - Parameters:
  ///   - ids: local ids to follow; `nil` follows whatever is in flight in the journal, cycle by cycle.
  ///   - timeout: how long to keep going; `nil` means until every copy has ended (copies of large
  ///     AMIs take hours: ferry does not give up after 10 minutes the way the AWS CLI's waiters do).
  /// - Returns: events as they happen; the stream finishes after the last copy ends, after
  ///   `.timedOut`, or after `.stopped` (an error waiting won't cure).
  public func follow(_ ids: Set<String>? = nil, timeout: Duration? = nil) -> AsyncStream<CopyEvent> {
    AsyncStream { continuation in
      let task = Task {
        await run(ids, timeout: timeout) { continuation.yield($0) }
        continuation.finish()
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  private func run(_ ids: Set<String>?, timeout: Duration?, emit: (CopyEvent) -> Void) async {
    let start = time.now()
    var cycle = 0
    var throttledStreak = 0
    while !Task.isCancelled {
      let result: Cycle
      do {
        result = try await pollOnce(only: ids)
      } catch {
        emit(.stopped(AWSError(kind: .configuration, code: "Journal", message: "\(error)")))
        return
      }
      result.events.forEach(emit)
      if let fatal = result.unrecoverableError {
        emit(.stopped(fatal))
        return
      }
      throttledStreak = result.isThrottled ? throttledStreak + 1 : 0

      // Only copies EC2 has accepted can move: a `planned` or `sending` record is the copier's (or the
      // fan-out queue's) to send, and waiting on it here would never end.
      let open = result.inFlight
      if open.isEmpty { return }

      let elapsed = time.now().timeIntervalSince(start)
      var remaining: Duration?
      if let timeout {
        remaining = .interval(timeout.seconds - elapsed)
        if elapsed >= timeout.seconds {
          emit(.timedOut(open))
          return
        }
      }
      let now = time.now()
      let soonest = open.compactMap { ProgressEstimate(record: $0, now: now).remaining }.min()
      let delay = PollInterval.next(
        cycle: cycle, soonestCompletion: soonest, throttledStreak: throttledStreak, remaining: remaining,
        settings: settings)
      if result.isThrottled, let error = result.errors.sorted(by: { $0.key < $1.key }).first?.value {
        emit(.pollFailed(error, retryIn: delay))
      }
      cycle += 1
      do {
        try await time.sleep(for: delay)
      } catch {
        return
      }
    }
  }
}
