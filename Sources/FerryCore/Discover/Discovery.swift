import FerryCloud
import FerryRules

/// Finds the copies in flight in every enabled Region of the account, whoever started them.
///
/// Per Region at most two calls, in flight together: DescribeImages (Owner=self, state=pending) and
/// DescribeSnapshots (Owner=self, status=pending), each followed through its pages; the Regions are
/// asked in parallel. `DiscoveryListing` (pure) decides which of those are copies and which this
/// journal knows. A Region that fails is reported, not fatal: the others are still listed.
public struct Discovery: Sendable {
  public let account: any AWSAccount

  public init(account: any AWSAccount) {
    self.account = account
  }

  /// What discovery found, and the Regions it could not ask.
  public struct Result: Sendable {
    /// Copies in Region order, then AMIs before snapshots, as each Region listed them.
    public var copies: [DiscoveredCopy]
    public var errors: [String: AWSError]
    /// The Regions asked.
    public var regions: [String]
  }

  /// The Regions of the account's partition that are enabled (opted in, or needing no opt-in), asked
  /// of `home`'s endpoint.
  public func enabledRegions(from home: String) async throws -> [String] {
    try await account.regions(from: home).filter { $0.optIn != .notOptedIn }.map(\.name).sorted()
  }

  /// The copies in flight in every enabled Region, each marked with the journal record that knows it
  /// (`DiscoveryListing.marked`).
  ///
  /// Throws only when the Regions cannot be listed.
  public func copies(from home: String, journal: any Journal, accountKey: String?) async throws -> Result {
    var result = await copies(in: try await enabledRegions(from: home))
    result.copies = DiscoveryListing.marked(result.copies, records: try await journal.records(), accountKey: accountKey)
    return result
  }

  /// Lists the copies in flight in `regions`.
  public func copies(in regions: [String]) async -> Result {
    let found = await withTaskGroup(of: (String, Result).self) { group in
      for region in regions {
        group.addTask { [account] in (region, await Self.survey(region, account: account)) }
      }
      var byRegion: [String: Result] = [:]
      for await (region, result) in group { byRegion[region] = result }
      return byRegion
    }
    var result = Result(copies: [], errors: [:], regions: regions)
    for region in regions {
      guard let one = found[region] else { continue }
      result.copies += one.copies
      result.errors.merge(one.errors) { first, _ in first }
    }
    return result
  }

  /// One AMI or snapshot by id, looked for in `regions` in parallel (one Describe call each); `nil` when
  /// no Region has it.
  ///
  /// A resource nothing marks as a copy is returned too, as `named`: the operator
  /// asked for it.
  public func locate(_ resourceId: String, in regions: [String]) async throws -> DiscoveredCopy? {
    let found = try await withThrowingTaskGroup(of: DiscoveredCopy?.self) { group in
      for region in regions {
        group.addTask { [account] in try await Self.describe(resourceId, in: region, account: account) }
      }
      var found: [DiscoveredCopy] = []
      for try await copy in group { if let copy { found.append(copy) } }
      return found
    }
    return regions.lazy.compactMap { region in found.first { $0.region == region } }.first
  }

  private static func describe(_ id: String, in region: String, account: any AWSAccount) async throws -> DiscoveredCopy?
  {
    do {
      if id.hasPrefix("ami-") {
        let query = ImageQuery(imageIds: [id])
        guard let image = try await account.images(in: region, query: query, nextToken: nil).items.first else {
          return nil
        }
        return CopyEvidence.copy(of: image)
          ?? DiscoveredCopy(
            resource: .image, resourceId: image.id, region: region, state: image.state.rawValue, label: image.name,
            evidence: .named, snapshotIds: image.blockDevices.compactMap(\.snapshotId))
      }
      let query = SnapshotQuery(snapshotIds: [id])
      guard let snapshot = try await account.snapshots(in: region, query: query, nextToken: nil).items.first else {
        return nil
      }
      return CopyEvidence.copy(of: snapshot)
        ?? DiscoveredCopy(
          resource: .snapshot, resourceId: snapshot.id, region: region, state: snapshot.state.rawValue,
          progress: snapshot.progress, label: snapshot.description, evidence: .named)
    } catch let error as AWSError where Acceptor.notFoundCodes.contains(error.code) {
      return nil
    }
  }

  /// The two calls of one Region.
  static func survey(_ region: String, account: any AWSAccount) async -> Result {
    let images = ImageQuery(owners: ["self"], filters: [Filter(name: "state", values: ["pending"])])
    let snapshots = SnapshotQuery(owners: ["self"], filters: [Filter(name: "status", values: ["pending"])])
    do {
      async let pendingSnapshots = Inventory.pages { token in
        try await account.snapshots(in: region, query: snapshots, nextToken: token)
      }
      let pendingImages = try await Inventory.pages { token in
        try await account.images(in: region, query: images, nextToken: token)
      }
      let copies = DiscoveryListing.copies(images: pendingImages, snapshots: try await pendingSnapshots)
      return Result(copies: copies, errors: [:], regions: [region])
    } catch let error as AWSError {
      return Result(copies: [], errors: [region: error], regions: [region])
    } catch {
      return Result(
        copies: [], errors: [region: AWSError(kind: .network, code: "Unknown", message: "\(error)")], regions: [region])
    }
  }
}
