import FerryCloud
import FerryRules
import Foundation

/// Submits copies: plans, journals before sending, sends once, records the answer.
///
/// The order never changes: the record (with its ClientToken) is stored as `planned`, then marked
/// `sending`, and only then is the request sent. So after any crash the journal knows of every copy
/// that might exist. A record found in `sending` is re-sent with the same token — EC2 answers a
/// repeated CopyImage ClientToken with the same AMI — and a snapshot copy is first looked up by its
/// `ferry:client-token` tag, since CopySnapshot takes no ClientToken. Never creates a second copy
/// for one record.
public struct Copier: Sendable {
  public let account: any AWSAccount
  public let journal: any Journal
  public let time: any TimeSource
  /// Stamped on every new record (`AccountIdentity.journalKey`); `nil` leaves records unscoped.
  public let accountKey: String?
  private let makeToken: @Sendable () -> String
  private let makeLocalId: @Sendable () -> String

  /// - Parameters:
  ///   - accountKey: the account's `journalKey`, stamped on new records so pollers of other
  ///     accounts leave them alone.
  ///   - makeToken: generates a ClientToken when the request has none (a UUID by default).
  ///   - makeLocalId: generates the journal's local ids (`cp-` and 12 hex digits by default).
  public init(
    account: any AWSAccount, journal: any Journal, time: any TimeSource = SystemTimeSource(),
    accountKey: String? = nil, makeToken: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
    makeLocalId: @escaping @Sendable () -> String = Copier.randomLocalId
  ) {
    self.account = account
    self.journal = journal
    self.time = time
    self.accountKey = accountKey
    self.makeToken = makeToken
    self.makeLocalId = makeLocalId
  }

  /// `cp-` followed by 12 random hex digits.
  public static func randomLocalId() -> String {
    "cp-" + String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12))
  }

  // MARK: - Submitting

  /// Admits one single-copy request (`Admission`), then sends it; returns the record as stored after the answer.
  ///
  /// - Throws: `CopyRefused` when the plan has an error (nothing journalled, nothing sent);
  ///   `AWSError` when the outcome is unknown or EC2 asked to retry later (the record stays in the
  ///   journal and `send(_:)` re-sends it safely); `JournalError` when the journal cannot be written.
  public func submit(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts? = nil) async throws -> CopyRecord {
    precondition(request.destinations == nil, "submit sends one copy: admit a fan-out, then run the queue")
    let record = try await Admission(copier: self).admit(request, catalog: catalog, facts: facts)[0]
    return try await send(record.id)
  }

  /// Journals admitted copies as `planned`, each with its ClientToken, in one journal write — all or none.
  ///
  /// Called by `Admission.admit` only, after every rule passed. A copy whose token the journal
  /// already holds for the same call reuses that record; for another call it is refused
  /// (`client-token-reused`), and then nothing is written.
  func journal(_ copies: [(request: CopyRequest, facts: SourceFacts?)], catalog: Catalog) async throws -> [CopyRecord] {
    var records: [CopyRecord] = []
    for (request, facts) in copies {
      var request = request
      let token = request.clientToken ?? makeToken()
      request.clientToken = token
      let verdict = FerryRules.plan(request, catalog: catalog, facts: facts)
      guard let call = verdict.call else { throw CopyRefused(findings: verdict.findings) }
      records.append(
        CopyRecord(
          id: makeLocalId(), createdAt: time.now(), call: call,
          destination: PlannedCall.destination(of: call), sourceId: PlannedCall.sourceId(of: call),
          sourceRegion: PlannedCall.sourceRegion(of: call), clientToken: token, account: accountKey))
      // A submission is named by its first copy's id.
      records[records.count - 1].submission = records[0].id
    }
    let planned = records
    return try await journal.modify { records in
      var stored: [CopyRecord] = []
      var refusals: [Finding] = []
      for record in planned {
        guard let existing = records.first(where: { $0.clientToken == record.clientToken }) else {
          stored.append(record)
          continue
        }
        // The same token for the same call is the same copy (a runbook run twice).
        if existing.call == record.call {
          stored.append(existing)
        } else {
          refusals.append(Self.reused(record.clientToken, by: existing))
        }
      }
      // Thrown inside the change, so nothing is written.
      guard refusals.isEmpty else { throw CopyRefused(findings: refusals) }
      let known = Set(records.map(\.id))
      records += stored.filter { !known.contains($0.id) }
      return stored
    }
  }

  private static func reused(_ token: String, by existing: CopyRecord) -> Finding {
    Finding(
      .error, "clientToken", .clientTokenReused,
      "The client token \(token) already names \(existing.id), a copy of \(existing.sourceId) to \(existing.destination) (\(existing.phase.rawValue)); one token names one copy: give this request another token, or none."
    )
  }

  /// Sends a `planned` record, or re-sends one left in `sending`; returns the record after the answer.
  ///
  /// A record already past `sending` is returned unchanged: it is never sent twice.
  public func send(_ id: String) async throws -> CopyRecord {
    let now = time.now()
    let claimed = try await journal.update(id) { record in
      guard record.phase == .planned || record.phase == .sending else { return }
      record.phase = .sending
      record.sendCount += 1
      record.updatedAt = now
    }
    guard claimed.phase == .sending else { return claimed }

    if claimed.sendCount > 1, claimed.operation == .copySnapshot,
      let existing = try await findTaggedSnapshot(for: claimed)
    {
      return try await record(id, outcome: CopyOutcome(resourceId: existing))
    }
    do {
      let outcome = try await account.copy(claimed.call)
      return try await record(id, outcome: outcome)
    } catch let error as AWSError {
      return try await record(id, error: error)
    }
  }

  /// Re-sends records left `sending` by an earlier run (a crash, a dropped connection).
  ///
  /// Only records untouched for `staleAfter` are taken: a fresher one may be another ferry process
  /// waiting for its answer right now. Records still `planned` are left to whoever queued them.
  /// Returns the records after their answers; one whose outcome is still unknown stays `sending`.
  ///
  /// - Parameter ids: limit to these local ids (`nil`: every record).
  public func resumeUnsent(only ids: Set<String>? = nil, staleAfter: Duration = .seconds(120)) async throws
    -> [CopyRecord]
  {
    let cutoff = time.now().addingTimeInterval(-staleAfter.seconds)
    var resumed: [CopyRecord] = []
    for record in try await journal.records()
    where record.phase == .sending && record.updatedAt <= cutoff && record.belongs(to: accountKey)
      && (ids?.contains(record.id) ?? true)
    {
      if let answered = try? await send(record.id) { resumed.append(answered) }
    }
    return resumed
  }

  // MARK: - Recording answers

  private func record(_ id: String, outcome: CopyOutcome) async throws -> CopyRecord {
    let now = time.now()
    return try await journal.update(id) { record in
      record.phase = .submitted
      record.resourceId = outcome.resourceId
      record.submittedAt = now
      record.updatedAt = now
    }
  }

  /// Stores what an error means for the copy, then returns the record or rethrows.
  private func record(_ id: String, error: AWSError) async throws -> CopyRecord {
    let now = time.now()
    let disposition = SendDisposition(error)
    let stored = try await journal.update(id) { record in
      record.lastError = RecordedError(error, at: now)
      record.updatedAt = now
      switch disposition {
      case .dryRunSucceeded:
        record.phase = .dryRunSucceeded
        record.finishedAt = now
      case .rejected:
        record.phase = .rejected
        record.reason = error.description
        record.finishedAt = now
      case .notCreated:
        record.phase = .planned
      case .unknownOutcome:
        record.phase = .sending
      }
    }
    switch disposition {
    case .dryRunSucceeded, .rejected: return stored
    case .notCreated, .unknownOutcome: throw error
    }
  }

  private func findTaggedSnapshot(for record: CopyRecord) async throws -> String? {
    let query = SnapshotQuery(
      owners: ["self"],
      filters: [Filter(name: "tag:\(ClientTokenTag.key)", values: [record.clientToken])])
    let page = try await account.snapshots(in: record.region, query: query, nextToken: nil)
    // Checked here too, in case a filter is not honoured.
    let tagged = page.items.first { snapshot in
      snapshot.tags.contains { $0.key == ClientTokenTag.key && $0.value == record.clientToken }
    }
    return tagged?.id
  }
}
