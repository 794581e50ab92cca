import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// Submits, follows and cancels copies for the TUI, through FerryCore's journal, copier and poller.
///
/// Every submit is journalled before it is sent (the copier's rule), so a dropped SSH session never
/// loses a copy; the status pane lists the journal, this run's copies and earlier runs' alike.
/// Does I/O: called only from commands, never from update.
public struct CopyDesk: Sendable {
  public var account: any AWSAccount
  public var journal: any Journal
  public var time: any TimeSource
  /// The account's `journalKey`: stamped on new records; the pane lists only this account's copies,
  /// so one journal can hold the sandbox's and several profiles' without mixing them.
  public var accountKey: String?

  public init(
    account: any AWSAccount, journal: any Journal, time: any TimeSource = SystemTimeSource(), accountKey: String? = nil
  ) {
    self.account = account
    self.journal = journal
    self.time = time
    self.accountKey = accountKey
  }

  var copier: Copier { Copier(account: account, journal: journal, time: time, accountKey: accountKey) }
  var poller: Poller { Poller(account: account, journal: journal, time: time, accountKey: accountKey) }

  /// Journals the request, then sends it; returns the record after EC2's answer.
  public func submit(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts?) async throws -> CopyRecord {
    do {
      return try await copier.submit(request, catalog: catalog, facts: facts)
    } catch let refused as CopyRefused {
      throw Failure(refused.description, code: refused.findings.first?.rule)
    }
  }

  /// Admits a fan-out document through FerryCore's one admission (`Admission.admit`, as `ferry copy`
  /// does: every copy planned with every rule and journalled, or none), then sends each copy in turn.
  ///
  /// Returns every record after EC2's answer; a copy EC2 refuses is a `rejected` record, not a throw.
  public func submitFanOut(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts?) async throws
    -> [CopyRecord]
  {
    let submission = Submission(documents: [Submission.Document(request, facts: facts)], catalog: catalog)
    let admitted: [CopyRecord]
    do {
      admitted = try await Admission(copier: copier).admit(submission)
    } catch let refused as CopyRefused {
      throw Failure(refused.description, code: refused.findings.first?.rule)
    }
    var sent: [CopyRecord] = []
    for record in admitted { sent.append(try await copier.send(record.id)) }
    return sent
  }

  /// One batched poll of the copies in flight, then every record, newest first, and whether EC2
  /// throttled the poll (core's `Cycle.isThrottled`: the next one backs off).
  public func copies() async throws -> CopiesReport {
    let cycle = try await poller.pollOnce()
    if let fatal = cycle.unrecoverableError { throw fatal }
    let throttle = cycle.isThrottled ? cycle.errors.sorted { $0.key < $1.key }.first?.value : nil
    return CopiesReport(records: try await records(), throttled: throttle)
  }

  /// This account's records, newest first, as the journal holds them now.
  public func records() async throws -> [CopyRecord] {
    try await journal.records().filter { $0.belongs(to: accountKey) }.reversed()
  }

  /// The journal's records when it changed since `known` (any process may have written it), else nil.
  public func journalIfChanged(since known: String?) async throws -> (marker: String?, records: [CopyRecord]?) {
    let marker = await journal.changeMarker()
    if let marker, marker == known { return (marker, nil) }
    return (marker, try await records())
  }

  /// Cancels a copy through FerryCore's one cancel (`Copier.cancel`): the same guards and outcomes as `ferry cancel`.
  public func cancel(id: String) async throws -> CancelOutcome {
    try await copier.cancel(id)
  }
}
