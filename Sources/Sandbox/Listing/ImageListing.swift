import FerryCloud
import Foundation

/// DescribeImages over the sandbox state: owners, executable-by, ids, filters and paging.
///
/// Images come in creation order (then id), so pages stay stable while copies add new images at the
/// end. Pure: reads a state value at a given moment.
struct ImageListing {
  var accountId: String
  var now: Date
  /// How long a deregistered AMI can still be described by its id.
  static let deregisteredVisibleSeconds: TimeInterval = 3600

  func page(_ query: ImageQuery, region: String, nextToken: String?, state: SandboxState) throws(AWSError)
    -> Page<Image>
  {
    if let bad = query.imageIds.first(where: { !$0.hasPrefix("ami-") }) { throw EC2Errors.imageMalformed(bad) }
    try PageToken.checkMaxResults(query.maxResults, withIds: !query.imageIds.isEmpty, idsParameter: "imageIdsSet")
    let canonical = canonicalText(query, region: region)
    let offset = try PageToken.offset(nextToken, query: canonical)

    let snapshots = state.snapshotsByID
    let askedIds = Set(query.imageIds)
    let candidates = state.images.filter { record in
      guard record.image.region == region, Visibility.canSee(record, accountId: accountId) else { return false }
      if let deregistered = record.deregisteredAt {
        return askedIds.contains(record.id) && now.timeIntervalSince(deregistered) < Self.deregisteredVisibleSeconds
      }
      return true
    }
    if !askedIds.isEmpty {
      let found = Set(candidates.map(\.id))
      let missing = query.imageIds.filter { !found.contains($0) }
      if !missing.isEmpty { throw EC2Errors.imageNotFound(missing) }
    }
    var selected: [(ImageRecord, Image)] = []
    for record in candidates {
      guard askedIds.isEmpty || askedIds.contains(record.id), ownedBy(record, query.owners),
        executable(record, query.executableBy)
      else { continue }
      let image = record.described(at: now, snapshots: snapshots)
      let keep = try ListingFilters.matches(query.filters) {
        ListingFilters.imageValues($0, image: image, ownerAlias: record.ownerAlias)
      }
      if keep { selected.append((record, image)) }
    }
    let ordered = selected.map(\.1).sorted { ($0.creationDate ?? "", $0.id) < ($1.creationDate ?? "", $1.id) }
    return PageToken.page(ordered, offset: offset, maxResults: query.maxResults, query: canonical)
  }

  /// Owner.N: `self`, an alias (`amazon`, `aws-marketplace`) or an account id; any may match.
  private func ownedBy(_ record: ImageRecord, _ owners: [String]) -> Bool {
    owners.isEmpty
      || owners.contains { owner in
        switch owner {
        case "self": record.image.ownerId == accountId
        case "amazon", "aws-marketplace": record.ownerAlias == owner
        default: record.image.ownerId == owner
        }
      }
  }

  /// ExecutableBy.N: `self` (own AMIs and those shared with this account), `all` (public ones), or
  /// an account id (AMIs that account may launch).
  private func executable(_ record: ImageRecord, _ users: [String]) -> Bool {
    users.isEmpty
      || users.contains { user in
        switch user {
        case "self", accountId: record.image.ownerId == accountId || record.sharedWith.contains(accountId)
        case "all": record.image.isPublic
        default: record.image.isPublic || record.sharedWith.contains(user)
        }
      }
  }

  private func canonicalText(_ query: ImageQuery, region: String) -> String {
    let filters = query.filters.map { "\($0.name)=\($0.values.joined(separator: ","))" }
    return [
      region, query.owners.joined(separator: ","), query.executableBy.joined(separator: ","),
      query.imageIds.joined(separator: ","), filters.joined(separator: ";"), String(query.maxResults ?? 0),
    ]
    .joined(separator: "|")
  }
}
