import FerryCloud
import FerryRules
import Foundation

/// Sends many copies under per-Region limits, sending more as others finish, and follows them all.
///
/// Used by `ferry copy` for a request with `destinations`, and by runbooks. Every copy is journalled
/// (`planned`, with its ClientToken) before the first is sent, so a crash mid-fan-out loses nothing:
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

  /// Plans a request — one copy, or one per entry of its `destinations` — and journals every copy as
  /// `planned`; refuses all when any is invalid.
  ///
  /// - Throws: `CopyRefused` with the error findings of every invalid copy (nothing journalled).
  public func enqueue(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts? = nil) async throws -> [CopyRecord] {
    let refused = planAll(request, catalog: catalog, facts: facts).flatMap { plan in
      plan.findings.filter { $0.severity == .error }
    }
    guard refused.isEmpty else { throw CopyRefused(findings: refused) }
    return try await enqueue(Self.singleCopies(of: request), catalog: catalog, facts: facts)
  }

  /// Plans every request and journals them all as `planned`; refuses all when any is invalid.
  ///
  /// - Throws: `CopyRefused` with the findings of every invalid request (nothing journalled).
  public func enqueue(_ requests: [CopyRequest], catalog: Catalog, facts: SourceFacts? = nil) async throws -> [CopyRecord] {
    let refused = requests.flatMap { request in
      FerryRules.plan(request, catalog: catalog, facts: facts).findings.filter { $0.severity == .error }
    }
    guard refused.isEmpty else { throw CopyRefused(findings: refused) }
    var records: [CopyRecord] = []
    for request in requests {
      records.append(try await copier.prepare(request, catalog: catalog, facts: facts))
    }
    return records
  }

  /// The single copies a fan-out request stands for, as `planAll` plans them: each destination in
  /// turn, its own `kmsKeyId` replacing the request's. A request without `destinations` is itself.
  public static func singleCopies(of request: CopyRequest) -> [CopyRequest] {
    guard let destinations = request.destinations else { return [request] }
    return destinations.map { destination in
      var single = request
      single.destinations = nil
      single.destination = destination
      single.destination.kmsKeyId = nil
      single.kmsKeyId = destination.kmsKeyId ?? request.kmsKeyId
      return single
    }
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
    let time = copier.time
    let start = time.now()
    let followed = Set(ids)
    var waiting: [FanOutSchedule.Waiting] = []
    var attempts: [String: Int] = [:]
    var cycle = 0
    var throttledStreak = 0
    do {
      for record in try await copier.journal.records() where followed.contains(record.id) && !record.phase.isFinal {
        if record.phase == .planned || record.phase == .sending {
          waiting.append(.init(id: record.id, region: record.region, resource: record.resource))
        }
      }
      while !Task.isCancelled {
        let journal = try await copier.journal.records()
        let now = time.now()
        for id in FanOutSchedule.admissible(waiting: waiting, journal: journal, now: now, limits: limits) {
          guard let index = waiting.firstIndex(where: { $0.id == id }) else { continue }
          do {
            let record = try await copier.send(id)
            waiting.remove(at: index)
            switch record.phase {
            case .submitted: emit(.submitted(record))
            case .dryRunSucceeded: emit(.completed(record))
            default: emit(.failed(record))
            }
          } catch let error as AWSError {
            attempts[id, default: 0] += 1
            let delay = FanOutSchedule.requeueDelay(attempt: attempts[id, default: 1], limits: limits)
            waiting[index].notBefore = time.now().addingTimeInterval(delay.seconds)
            if let record = try await copier.journal.record(id) { emit(.requeued(record, retryIn: delay)) }
            if error.kind == .credentials { emit(.stopped(error)); return }
          }
        }

        if goal == .submitted, waiting.isEmpty { return }
        let result = try await poller.pollOnce(only: followed)
        result.events.forEach(emit)
        if let fatal = result.unrecoverableError { emit(.stopped(fatal)); return }
        throttledStreak = result.isThrottled ? throttledStreak + 1 : 0

        let open = try await copier.journal.records().filter { followed.contains($0.id) && !$0.phase.isFinal }
        if open.isEmpty { return }
        let elapsed = time.now().timeIntervalSince(start)
        if let timeout, elapsed >= timeout.seconds { emit(.timedOut(open)); return }

        let soonest = open.compactMap { ProgressEstimate(record: $0, now: time.now()).remaining }.min()
        var delay = PollInterval.next(
          cycle: cycle, soonestCompletion: soonest, throttledStreak: throttledStreak,
          remaining: timeout.map { .interval($0.seconds - elapsed) }, settings: poller.settings)
        if let retry = waiting.compactMap(\.notBefore).min() {
          delay = min(delay, .interval(max(retry.timeIntervalSince(time.now()), 0)))
        }
        if !waiting.isEmpty, open.allSatisfy({ $0.phase == .planned || $0.phase == .sending }),
          waiting.allSatisfy({ $0.notBefore == nil })
        {
          // Only waiting for a free slot held by copies outside this fan-out: poll at the usual pace.
          delay = max(delay, poller.settings.minimumDelay)
        }
        cycle += 1
        try await time.sleep(for: max(delay, .milliseconds(1)))
      }
    } catch is CancellationError {
      return
    } catch {
      emit(.stopped(AWSError(kind: .configuration, code: "Journal", message: "\(error)")))
    }
  }
}
