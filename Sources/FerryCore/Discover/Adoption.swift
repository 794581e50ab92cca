import FerryCloud
import FerryRules
import Foundation

/// Takes copies this journal did not send into it, so `ferry watch` follows them like its own.
///
/// An adopted record is a copy that already exists: phase `pending` with its resource id, marked
/// `adoptedAt`, and a call that holds only what EC2 reports (never sent: the copier sends `planned`
/// and `sending` records only). Adopting is idempotent — the check and the insert happen in one
/// journal `modify`, under its lock — so two watchers, or one run twice, adopt a copy once.
public struct Adoption: Sendable {
  public let journal: any Journal
  public let accountKey: String?
  public let time: any TimeSource
  let makeLocalId: @Sendable () -> String

  public init(journal: any Journal, accountKey: String?, time: any TimeSource) {
    self.init(journal: journal, accountKey: accountKey, time: time, makeLocalId: Copier.randomLocalId)
  }

  init(journal: any Journal, accountKey: String?, time: any TimeSource, makeLocalId: @escaping @Sendable () -> String) {
    self.journal = journal
    self.accountKey = accountKey
    self.time = time
    self.makeLocalId = makeLocalId
  }

  /// The records that follow these copies: the journal's own where it knows a copy (by resource id, or
  /// by client token while EC2 has not named it yet), new adopted ones otherwise; in the copies' order.
  public func adopt(_ copies: [DiscoveredCopy]) async throws -> [CopyRecord] {
    let now = time.now()
    let ids = copies.map { _ in makeLocalId() }
    let accountKey = accountKey
    return try await journal.modify { records in
      var result: [CopyRecord] = []
      for (copy, id) in zip(copies, ids) {
        let known = DiscoveryListing.marked([copy], records: records, accountKey: accountKey)[0].journalId
        if let known, let record = records.first(where: { $0.id == known }) {
          result.append(record)
          continue
        }
        let tokens = Set(records.map(\.clientToken))
        let record = Self.record(for: copy, id: id, at: now, accountKey: accountKey, takenTokens: tokens)
        records.append(record)
        result.append(record)
      }
      return result
    }
  }

  /// The record of an adopted copy.
  ///
  /// Pure.
  ///
  /// Its client token is the copy's `ferry:client-token` tag, unless the journal already holds that
  /// token for another copy (a tag copied from a source by CopyImageTags); then `adopted-<resource id>`.
  public static func record(
    for copy: DiscoveredCopy, id: String, at now: Date, accountKey: String?, takenTokens: Set<String>
  ) -> CopyRecord {
    var parameters: [String: APIValue] = [:]
    let sourceKey = copy.resource == .image ? "SourceImageId" : "SourceSnapshotId"
    if let source = copy.sourceId { parameters[sourceKey] = .string(source) }
    if let region = copy.sourceRegion { parameters["SourceRegion"] = .string(region) }
    if copy.resource == .image, let name = copy.label { parameters["Name"] = .string(name) }
    let call = APICall(
      operation: copy.resource == .image ? .copyImage : .copySnapshot, region: copy.region, parameters: parameters)
    let token = copy.clientToken.flatMap { takenTokens.contains($0) ? nil : $0 } ?? "adopted-\(copy.resourceId)"
    var record = CopyRecord(
      id: id, createdAt: now, call: call, destination: PlannedCall.destination(of: call),
      sourceId: copy.sourceId ?? "?", sourceRegion: copy.sourceRegion ?? "?", clientToken: token,
      phase: copy.state == "pending" ? .pending : .submitted, account: accountKey)
    record.resourceId = copy.resourceId
    // Elapsed time counts from when EC2 says the copy began, not from the adoption.
    record.submittedAt = copy.startedAt
    record.progress = copy.progress
    record.adoptedAt = now
    return record
  }
}
