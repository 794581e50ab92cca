import FerryCloud
import Foundation

/// The state of one `FanOutQueue.run`: what still waits to be sent, and the pacing so far.
///
/// Split out of the queue so each step — send what fits, poll, choose the pause — reads on its own.
struct FanOutRun {
  let queue: FanOutQueue
  let followed: Set<String>
  let timeout: Duration?
  private(set) var waiting: [FanOutSchedule.Waiting] = []
  private var attempts: [String: Int] = [:]
  private var cycle = 0
  private var throttledStreak = 0
  private let start: Date

  init(queue: FanOutQueue, followed: Set<String>, timeout: Duration?) {
    self.queue = queue
    self.followed = followed
    self.timeout = timeout
    self.start = queue.copier.time.now()
  }

  private var time: any TimeSource { queue.copier.time }
  private var journal: any Journal { queue.copier.journal }

  /// Queues the followed records that have not been sent (or whose sending had no answer).
  mutating func load() async throws {
    for record in try await journal.records()
    where followed.contains(record.id) && (record.phase == .planned || record.phase == .sending) {
      waiting.append(.init(id: record.id, region: record.region, resource: record.resource))
    }
  }

  /// Sends every waiting copy that fits under the limits now, up to `limits.sendsAtOnce` calls in flight
  /// together (the schedule has already counted each one against its Region's limit).
  ///
  /// Each send journals its record as `sending` before its call leaves (`Copier.send`), so concurrency
  /// changes no record's order of events. Once cancelled, no further call is started; calls in flight
  /// end as the transport's cancellation leaves them (`sending`, re-sent later with the same token).
  /// Returns an error that ends the run, if one happened.
  mutating func sendWhatFits(emit: (CopyEvent) -> Void) async throws -> AWSError? {
    // Slots are counted over this account's copies only: another account's are not in its quota.
    let ownCopies = try await journal.records().filter { $0.belongs(to: queue.copier.accountKey) }
    var admissible = FanOutSchedule.admissible(
      waiting: waiting, journal: ownCopies, now: time.now(), limits: queue.limits)[...]
    let copier = queue.copier
    return try await withThrowingTaskGroup(of: (String, Result<CopyRecord, AWSError>).self) { group in
      var running = 0
      var stop: AWSError?
      while true {
        while running < queue.limits.sendsAtOnce, stop == nil, let id = admissible.popFirst() {
          running += 1
          group.addTask {
            try Task.checkCancellation()
            do {
              return (id, .success(try await copier.send(id)))
            } catch let error as AWSError {
              return (id, .failure(error))
            }
          }
        }
        guard let (id, result) = try await group.next() else { return stop }
        running -= 1
        if let error = try await settle(id, result, emit: emit) { stop = stop ?? error }
      }
    }
  }

  /// Takes one send's answer: the copy leaves the queue, or waits its turn again after a refusal.
  ///
  /// Returns the error when it ends the run (credentials: every further call would fail the same way).
  private mutating func settle(
    _ id: String, _ result: Result<CopyRecord, AWSError>, emit: (CopyEvent) -> Void
  ) async throws -> AWSError? {
    guard let index = waiting.firstIndex(where: { $0.id == id }) else { return nil }
    switch result {
    case .success(let record):
      waiting.remove(at: index)
      switch record.phase {
      case .submitted: emit(.submitted(record))
      case .dryRunSucceeded: emit(.completed(record))
      default: emit(.failed(record))
      }
      return nil
    case .failure(let error):
      // Limit reached, throttled, or no answer: the copy waits its turn again (same ClientToken).
      attempts[id, default: 0] += 1
      let attempt = attempts[id, default: 1]
      let delay =
        SendDisposition(error) == .unknownOutcome
        ? FanOutSchedule.resendDelay(attempt: attempt, limits: queue.limits)
        : FanOutSchedule.requeueDelay(attempt: attempt, limits: queue.limits)
      waiting[index].notBefore = time.now().addingTimeInterval(delay.seconds)
      if let record = try await journal.record(id) { emit(.requeued(record, retryIn: delay)) }
      return error.kind == .credentials ? error : nil
    }
  }

  /// Polls every copy of the account in flight (those outside the fan-out hold slots too, and their
  /// end frees them), reports the followed ones, and returns the pause before the next round —
  /// or `nil` when the run is over.
  mutating func poll(emit: (CopyEvent) -> Void) async throws -> Duration? {
    let result = try await queue.poller.pollOnce()
    for event in result.events where Self.record(of: event).map({ followed.contains($0.id) }) ?? true {
      emit(event)
    }
    if let fatal = result.unrecoverableError {
      emit(.stopped(fatal))
      return nil
    }
    throttledStreak = result.isThrottled ? throttledStreak + 1 : 0

    let open = try await journal.records().filter { followed.contains($0.id) && !$0.phase.isFinal }
    if open.isEmpty { return nil }
    let elapsed = time.now().timeIntervalSince(start)
    if let timeout, elapsed >= timeout.seconds {
      emit(.timedOut(open))
      return nil
    }
    let now = time.now()
    let soonest = open.compactMap { ProgressEstimate(record: $0, now: now).remaining }.min()
    var delay = PollInterval.next(
      cycle: cycle, soonestCompletion: soonest, throttledStreak: throttledStreak,
      remaining: timeout.map { .interval($0.seconds - elapsed) }, settings: queue.poller.settings)
    if let retry = waiting.compactMap(\.notBefore).min() {
      delay = min(delay, .interval(retry.timeIntervalSince(now)))
    }
    if result.isThrottled, let error = result.errors.sorted(by: { $0.key < $1.key }).first?.value {
      emit(.pollFailed(error, retryIn: delay))
    }
    cycle += 1
    return max(delay, .milliseconds(1))
  }

  private static func record(of event: CopyEvent) -> CopyRecord? {
    switch event {
    case .submitted(let record), .progress(let record, _), .completed(let record), .failed(let record),
      .requeued(let record, _):
      record
    case .pollFailed, .stopped, .timedOut:
      nil
    }
  }
}
