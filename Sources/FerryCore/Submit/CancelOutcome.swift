/// What cancelling a copy did, or why it did nothing: one set of outcomes for every front end.
///
/// `summary` is the one wording of it; the CLI prints it on stderr, the TUI in its notice line.
public enum CancelOutcome: Sendable, Equatable {
  /// EC2 had named the copy: the pending AMI was deregistered (EC2 removes its unfinished snapshots)
  /// or the pending snapshot deleted; the record is now `cancelled`.
  case cancelled(CopyRecord)
  /// The copy was never sent (`planned`, e.g. waiting in a fan-out queue): it is marked `cancelled`
  /// and will not be sent.
  case withdrawn(CopyRecord)
  /// The copy had already ended (before the cancel, or while it ran: a copy that finished is kept).
  case alreadyEnded(CopyRecord)
  /// The request was sent and its answer is not known, so EC2 has not named the new resource:
  /// nothing was done (a re-send with the same ClientToken is tried first once the record is stale).
  case notNamedYet(CopyRecord)

  /// The record as the journal holds it after the cancel.
  public var record: CopyRecord {
    switch self {
    case .cancelled(let record), .withdrawn(let record), .alreadyEnded(let record), .notNamedYet(let record): record
    }
  }

  /// True when the copy is now stopped by this cancel.
  public var stoppedTheCopy: Bool {
    switch self {
    case .cancelled, .withdrawn: true
    case .alreadyEnded, .notNamedYet: false
    }
  }

  /// One line for the operator, starting with the copy's id (the CLI puts `ferry: ` before it).
  public var summary: String {
    switch self {
    case .cancelled(let record):
      let what = record.resource == .image ? "deregistered the pending AMI" : "deleted the pending snapshot"
      return "\(record.id) cancelled: \(what) \(record.resourceId ?? "") in \(record.region)"
    case .withdrawn(let record):
      return "\(record.id) cancelled before it was sent: it will not be sent"
    case .alreadyEnded(let record):
      return "\(record.id) has already ended (\(record.phase.rawValue)); nothing to cancel"
    case .notNamedYet(let record):
      return
        "\(record.id) is being sent and EC2 has not named the new resource yet; nothing was cancelled,"
        + " try again in two minutes"
    }
  }

  /// The reason a cancelled record carries.
  static let reason = "cancelled by the operator"
}
