import FerryRules

/// An account that passes every call on to `base`: a wrapper that watches or changes a few calls
/// (counts them, throttles them) conforms and implements only those; the rest forward by default.
public protocol ForwardingAccount: AWSAccount {
  var base: any AWSAccount { get }
}

extension ForwardingAccount {
  public func identity() async throws -> AccountIdentity { try await base.identity() }
  public func regions(from region: String) async throws -> [RegionEntry] { try await base.regions(from: region) }
  public func zones(in region: String) async throws -> [Zone] { try await base.zones(in: region) }
  public func outposts(in region: String) async throws -> [Outpost] { try await base.outposts(in: region) }
  public func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    try await base.images(in: region, query: query, nextToken: nextToken)
  }
  public func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    try await base.snapshots(in: region, query: query, nextToken: nextToken)
  }
  public func copy(_ call: APICall) async throws -> CopyOutcome { try await base.copy(call) }
  public func deregisterImage(_ imageId: String, in region: String) async throws {
    try await base.deregisterImage(imageId, in: region)
  }
  public func deleteSnapshot(_ snapshotId: String, in region: String) async throws {
    try await base.deleteSnapshot(snapshotId, in: region)
  }
  public func kmsKeys(in region: String) async throws -> [KMSKey] { try await base.kmsKeys(in: region) }
  public func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    try await base.describeKey(keyId, in: region)
  }
}
