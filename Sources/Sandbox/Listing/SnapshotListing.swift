import FerryCloud
import Foundation

/// DescribeSnapshots over the sandbox state: owners, restorable-by, ids, filters and paging.
///
/// Snapshots come in start-time order (then id), so pages stay stable while copies add new ones at
/// the end. Pure: reads a state value at a given moment.
struct SnapshotListing {
  var accountId: String
  var now: Date

  func page(_ query: SnapshotQuery, region: String, nextToken: String?, state: SandboxState) throws(AWSError)
    -> Page<Snapshot>
  {
    if let bad = query.snapshotIds.first(where: { !$0.hasPrefix("snap-") }) { throw EC2Errors.snapshotMalformed(bad) }
    try PageToken.checkMaxResults(query.maxResults, withIds: !query.snapshotIds.isEmpty, idsParameter: "snapshotIds")
    let canonical = canonicalText(query, region: region)
    let offset = try PageToken.offset(nextToken, query: canonical)

    let asked = Set(query.snapshotIds)
    let candidates = state.snapshots.filter {
      $0.snapshot.region == region && Visibility.canSee($0, accountId: accountId)
    }
    if let missing = query.snapshotIds.first(where: { id in !candidates.contains { $0.id == id } }) {
      throw EC2Errors.snapshotNotFound(missing)
    }
    var selected: [Snapshot] = []
    for record in candidates {
      guard asked.isEmpty || asked.contains(record.id), ownedBy(record, query.owners),
        restorable(record, query.restorableBy)
      else { continue }
      let snapshot = record.described(at: now)
      let keep = try ListingFilters.matches(query.filters) {
        ListingFilters.snapshotValues($0, snapshot: snapshot)
      }
      if keep { selected.append(snapshot) }
    }
    let ordered = selected.sorted { ($0.startTime ?? "", $0.id) < ($1.startTime ?? "", $1.id) }
    return PageToken.page(ordered, offset: offset, maxResults: query.maxResults, query: canonical)
  }

  private func ownedBy(_ record: SnapshotRecord, _ owners: [String]) -> Bool {
    owners.isEmpty
      || owners.contains { $0 == "self" ? record.snapshot.ownerId == accountId : record.snapshot.ownerId == $0 }
  }

  /// RestorableBy.N: `self` (own snapshots and those shared with this account), `all` (public ones),
  /// or an account id.
  private func restorable(_ record: SnapshotRecord, _ users: [String]) -> Bool {
    users.isEmpty
      || users.contains { user in
        switch user {
        case "self", accountId: record.snapshot.ownerId == accountId || record.sharedWith.contains(accountId)
        case "all": record.sharedWith.contains("all")
        default: record.sharedWith.contains(user) || record.sharedWith.contains("all")
        }
      }
  }

  private func canonicalText(_ query: SnapshotQuery, region: String) -> String {
    let filters = query.filters.map { "\($0.name)=\($0.values.joined(separator: ","))" }
    return [
      region, query.owners.joined(separator: ","), query.restorableBy.joined(separator: ","),
      query.snapshotIds.joined(separator: ","), filters.joined(separator: ";"), String(query.maxResults ?? 0),
    ]
    .joined(separator: "|")
  }
}
