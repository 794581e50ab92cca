import FerryCloud
import FerryCore
import Foundation

/// Sends and follows journalled copies for `ferry copy` and `ferry watch`, and says how it ended.
///
/// Wiring: FerryCore's `FanOutQueue` does the sending and polling; this runs it under `SignalTrap`,
/// passes its events to an `EventSink`, and after a signal waits for the journal's lock (so a write in
/// progress completes) and says how to pick the copies up again.
struct CopyFollower {
  let queue: FanOutQueue
  let time: any TimeSource
  let sink: EventSink

  /// How following ended.
  struct Outcome: Sendable {
    var sink: EventSink
    /// The signal that stopped the waiting, if one did.
    var signal: Int32?
    /// The followed records as the journal holds them afterwards.
    var records: [CopyRecord]
  }

  /// Sends what is still to send among `ids` and follows them to `goal`.
  ///
  /// - Parameter prelude: runs first, under the same signal trap (`watch` waits there for copies
  ///   another ferry may still be sending).
  func follow(
    _ ids: [String], until goal: FanOutQueue.Goal, timeout: Duration?,
    prelude: (@Sendable () async -> Void)? = nil
  ) async throws -> Outcome {
    let queue = self.queue
    let time = self.time
    let start = self.sink
    let (sink, signal) = await SignalTrap.run { () async -> EventSink in
      var sink = start
      await prelude?()
      guard !Task.isCancelled else { return sink }
      await sink.drain(queue.run(ids, until: goal, timeout: timeout), time: time)
      return sink
    }
    // Reading takes the journal's lock: a write the cancelled task had begun finishes first.
    let records = try await queue.copier.journal.records().filter { ids.contains($0.id) }
    var outcome = Outcome(sink: sink, signal: signal, records: records)
    if let signal {
      outcome.sink.interrupted(by: signal, open: records.filter { !$0.phase.isFinal }, now: time.now())
    } else if goal == .finished {
      outcome.sink.reportEnds(of: records, now: time.now())
    }
    return outcome
  }

  /// The exit status `ferry copy` and `ferry watch` end with.
  ///
  /// 5 when a copy was refused for want of permission; 6 when the only refusals were throttling that
  /// outlasted the retries; 3 when one failed or was refused; 4 when
  /// `--timeout` passed first; 128 + N when signal N stopped the waiting; 0 when every copy did what
  /// was asked (with `waited`: ended well). A refusal is read from the kind journalled with its error.
  static func status(of records: [CopyRecord], timedOut: Bool, signal: Int32?, waited: Bool) -> ExitStatus {
    let refusals = records.filter { $0.phase == .rejected }.map { record in
      record.lastError.map { ExitStatus.of($0.kind, otherwise: .copyFailed) } ?? .copyFailed
    }
    if refusals.contains(.notAuthorised) { return .notAuthorised }
    if records.contains(where: { $0.phase.isFinal && !$0.phase.isSuccess }) {
      // Refused only because EC2 throttled every attempt: nothing was created; try again later.
      let throttled = refusals.allSatisfy { $0 == .throttled }
      let otherFailures = records.contains { $0.phase.isFinal && !$0.phase.isSuccess && $0.phase != .rejected }
      return throttled && !otherFailures ? .throttled : .copyFailed
    }
    if let signal { return .stopped(by: signal) }
    if timedOut { return .timedOut }
    if waited, records.contains(where: { !$0.phase.isFinal }) { return .otherError }
    return .success
  }
}
