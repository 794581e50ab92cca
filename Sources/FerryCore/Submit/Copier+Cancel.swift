import FerryCloud
import Foundation

extension Copier {
  /// Stops a copy, the one way every front end does: deregisters the pending AMI or deletes the
  /// pending snapshot (as the EC2 console stops a copy), then records it as `cancelled`.
  ///
  /// - A record left `sending` is first re-sent with its ClientToken once stale (`resumeUnsent`): the
  ///   copy may exist without ferry knowing its id. Still unanswered: `.notNamedYet`, nothing done.
  /// - A `planned` record (never sent) is withdrawn: marked `cancelled`, so no queue sends it.
  /// - Before anything is removed, the copy is polled once: a copy that finished meanwhile is recorded
  ///   as finished and kept (`.alreadyEnded`), never deregistered or deleted.
  /// - The cancelled record keeps only its completed snapshots: EC2 removes the unfinished ones with
  ///   the pending AMI, so none is left `pending`.
  ///
  /// - Throws: `JournalError.unknownRecord` for an unknown id; the `AWSError` of the check or of the
  ///   removal (nothing is recorded then, and the copy goes on).
  public func cancel(_ id: String) async throws -> CancelOutcome {
    guard var record = try await journal.record(id) else { throw JournalError.unknownRecord(id) }
    if record.phase == .sending {
      _ = try await resumeUnsent(only: [id])
      record = try await journal.record(id) ?? record
    }
    if record.phase.isFinal { return .alreadyEnded(record) }
    switch record.phase {
    case .planned:
      return try await withdraw(record)
    case .submitted, .pending:
      guard record.resourceId != nil else { return .notNamedYet(record) }
      return try await stop(record)
    default:
      return .notNamedYet(record)
    }
  }

  /// Marks a never-sent record cancelled, unless a queue claimed it meanwhile (then cancels that).
  private func withdraw(_ record: CopyRecord) async throws -> CancelOutcome {
    let now = time.now()
    let stored = try await journal.update(record.id) { record in
      guard record.phase == .planned else { return }
      Self.markCancelled(&record, at: now)
    }
    return stored.phase == .cancelled ? .withdrawn(stored) : try await cancel(record.id)
  }

  /// Polls the copy once, then removes its new resource unless it has ended.
  private func stop(_ record: CopyRecord) async throws -> CancelOutcome {
    let check = try await Poller(account: account, journal: journal, time: time, accountKey: accountKey)
      .pollOnce(only: [record.id])
    if let error = check.errors[record.region] { throw error }
    let current = try await journal.record(record.id) ?? record
    guard !current.phase.isFinal, let resourceId = current.resourceId else { return .alreadyEnded(current) }
    switch current.resource {
    case .image: try await account.deregisterImage(resourceId, in: current.region)
    case .snapshot: try await account.deleteSnapshot(resourceId, in: current.region)
    }
    let now = time.now()
    // Whatever another process recorded meanwhile, the new resource is gone now: the record says so.
    let stored = try await journal.update(record.id) { record in
      guard record.phase != .cancelled else { return }
      Self.markCancelled(&record, at: now)
    }
    return .cancelled(stored)
  }

  private static func markCancelled(_ record: inout CopyRecord, at now: Date) {
    record.phase = .cancelled
    record.reason = CancelOutcome.reason
    record.snapshots.removeAll { $0.state != .completed }
    record.finishedAt = now
    record.updatedAt = now
  }
}
