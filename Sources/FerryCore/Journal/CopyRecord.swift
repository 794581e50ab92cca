import FerryCloud
import FerryRules
import Foundation

/// One copy in the journal: what was (or will be) sent, and how it is going.
///
/// A plain value: the journal stores it, the copier and poller change it and hand it back. It holds
/// the planned API call exactly as planned — never a secret: the CopySnapshot `PresignedUrl` is
/// added by the EC2 client at send time and never reaches a record.
public struct CopyRecord: Sendable, Equatable, Codable, Identifiable {
  /// ferry's local id, `cp-` and 12 hex digits; stable for the life of the record.
  public var id: String
  public var createdAt: Date
  public var updatedAt: Date
  /// The call as planned (ClientToken included for CopyImage); re-sent as is after an unknown outcome.
  public var call: APICall
  /// Where the copy goes, in words (`Local Zone us-east-1-bos-1a`, `Region eu-west-1`, …).
  public var destination: String
  /// The `ami-…` or `snap-…` being copied.
  public var sourceId: String
  /// The Region the source is read from (`SourceRegion`).
  public var sourceRegion: String
  /// The idempotency token, generated when the request had none.
  public var clientToken: String
  public var phase: CopyPhase
  /// How many times the request has been sent (more than one only after an unknown outcome).
  public var sendCount: Int
  /// The new `ami-…` or `snap-…`, once EC2 has named it.
  public var resourceId: String?
  /// Percent done, 0–100, where known.
  public var progress: Int?
  /// When a poll last saw `progress`.
  public var progressAt: Date?
  /// The first progress above 0 % a poll saw: with `progress` and `progressAt`, the rate the ETA
  /// projects (`ProgressEstimate`).
  ///
  /// `nil` in journals written before 2026-12-02.
  public var firstProgress: ProgressMark?
  /// For AMI copies: each snapshot of the new image and how far it has got.
  public var snapshots: [SnapshotProgress]
  /// Why the copy failed or was refused, in plain words.
  public var reason: String?
  /// The last error an AWS call returned for this copy (kept after recovery, for the record).
  public var lastError: RecordedError?
  /// When EC2 accepted the copy.
  public var submittedAt: Date?
  /// When the copy reached a final state.
  public var finishedAt: Date?
  /// How many cycles in a row the new resource was not found (EC2 is eventually consistent).
  public var notFoundCount: Int
  /// The account the copy was made in, as `AccountIdentity.journalKey` names it.
  ///
  /// `aws:123456789012` or `sandbox`; `nil` when not known. A poller follows only its own account's copies, so one journal can hold
  /// copies of several profiles and the sandbox without one being checked against another.
  public var account: String?
  /// The copies admitted together (one request file, a fan-out, one TUI submit) share this id — the
  /// first copy's — so a status pane can show them as one submission; `nil` in journals written before
  /// 2026-12-02.
  public var submission: String?
  /// When this journal took over a copy it did not send (`ferry watch --discover`, `ferry watch ami-…`):
  /// another machine, the Console or a script started it, so `call` holds only what EC2 reports of it
  /// and is never sent.
  ///
  /// `nil` for ferry's own copies.
  public var adoptedAt: Date?

  public init(
    id: String, createdAt: Date, call: APICall, destination: String, sourceId: String,
    sourceRegion: String, clientToken: String, phase: CopyPhase = .planned, account: String? = nil
  ) {
    self.id = id
    self.createdAt = createdAt
    self.updatedAt = createdAt
    self.call = call
    self.destination = destination
    self.sourceId = sourceId
    self.sourceRegion = sourceRegion
    self.clientToken = clientToken
    self.phase = phase
    self.sendCount = 0
    self.resourceId = nil
    self.progress = nil
    self.snapshots = []
    self.reason = nil
    self.lastError = nil
    self.submittedAt = nil
    self.finishedAt = nil
    self.notFoundCount = 0
    self.account = account
  }

  /// CopyImage or CopySnapshot.
  public var operation: FerryRules.Operation { call.operation }
  /// The Region whose endpoint received the request.
  public var region: String { call.region }
  /// `image` or `snapshot`.
  public var resource: Resource { call.operation == .copyImage ? .image : .snapshot }

  /// True when a poller for `accountKey` should follow this record (`nil` on either side matches all).
  public func belongs(to accountKey: String?) -> Bool {
    guard let accountKey, let account else { return true }
    return account == accountKey
  }

  /// True when the record matches a local id, a new resource id or a client token.
  public func matches(_ key: String) -> Bool {
    id == key || resourceId == key || clientToken == key
  }
}

/// One snapshot of an AMI being copied, and how far it has got.
public struct SnapshotProgress: Sendable, Equatable, Codable {
  public var snapshotId: String
  public var state: Snapshot.State
  public var progress: Int?
  public var volumeSize: Int?

  public init(snapshotId: String, state: Snapshot.State, progress: Int? = nil, volumeSize: Int? = nil) {
    self.snapshotId = snapshotId
    self.state = state
    self.progress = progress
    self.volumeSize = volumeSize
  }
}

/// An AWS error as the journal keeps it: AWS's code beside its message, so both can be searched, and
/// its kind, so exit statuses and the status pane read what the account said instead of guessing.
public struct RecordedError: Sendable, Equatable, Codable {
  public var kind: AWSError.Kind
  public var code: String
  public var message: String
  public var at: Date

  public init(kind: AWSError.Kind, code: String, message: String, at: Date) {
    self.kind = kind
    self.code = code
    self.message = message
    self.at = at
  }

  public init(_ error: AWSError, at: Date) {
    self.init(kind: error.kind, code: error.code, message: error.message, at: at)
  }

  private enum CodingKeys: String, CodingKey { case kind, code, message, at }

  /// A record written before the kind was kept (or with a kind this ferry does not know) takes the
  /// kind FerryCloud's classification gives its code: nothing in an older journal is unreadable.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = try container.decode(String.self, forKey: .code)
    message = try container.decode(String.self, forKey: .message)
    at = try container.decode(Date.self, forKey: .at)
    let written = try container.decodeIfPresent(String.self, forKey: .kind)
    kind = written.flatMap(AWSError.Kind.init(rawValue:)) ?? AWSError.Kind(serviceCode: code, httpStatus: nil)
  }
}

extension AccountIdentity {
  /// The account as the journal names it: `sandbox`, or the partition and account id.
  public var journalKey: String {
    isSandbox ? "sandbox" : "\(partition):\(accountId)"
  }
}
