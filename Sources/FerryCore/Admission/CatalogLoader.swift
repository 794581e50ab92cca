import FerryCloud
import FerryRules

/// Builds the `Catalog` a live submission is planned against, from the account itself.
///
/// Asks only what the requests need, concurrently: DescribeRegions from the home Region;
/// DescribeAvailabilityZones only in the Regions of the Local Zones named (a zone *id* names no
/// Region, so then in every enabled Region); ListOutposts only in the Regions of the Outposts named.
/// A copy to Regions only costs one call here.
public struct CatalogLoader: Sendable {
  public let account: any AWSAccount

  public init(account: any AWSAccount) {
    self.account = account
  }

  /// The catalog for every place `requests` name, asking Regions from `homeRegion`.
  public func catalog(for requests: [CopyRequest], homeRegion: String) async throws -> Catalog {
    let places = Self.places(requests)
    async let regions = account.regions(from: homeRegion)
    let zoneRegions: [String]
    if places.zoneIds {
      zoneRegions = try await regions.filter { $0.optIn != .notOptedIn }.map(\.name)
    } else {
      zoneRegions = places.zoneRegions
    }
    async let zones = gather(zoneRegions) { try await $1.zones(in: $0) }
    async let outposts = gather(places.outpostRegions) { try await $1.outposts(in: $0) }
    return Catalog(regions: try await regions, zones: try await zones, outposts: try await outposts)
  }

  /// `catalog` with the zones and Outposts of places it lacks — the Local Zone or Outpost a source
  /// turned out to live in (`SourceLocator`); unchanged, with no call, when it has them all.
  public func completing(_ catalog: Catalog, for requests: [CopyRequest]) async throws -> Catalog {
    let places = Self.places(requests)
    let knownZoneRegions = Set(catalog.zones.map(\.region))
    let knownOutpostRegions = Set(catalog.outposts.map(\.region))
    var missingZones = places.zoneRegions.filter { !knownZoneRegions.contains($0) }
    if places.zoneIds, catalog.zones.isEmpty {
      missingZones = catalog.regions.filter { $0.optIn != .notOptedIn }.map(\.name)
    }
    let missingOutposts = places.outpostRegions.filter { !knownOutpostRegions.contains($0) }
    guard !missingZones.isEmpty || !missingOutposts.isEmpty else { return catalog }
    async let zones = gather(missingZones) { try await $1.zones(in: $0) }
    async let outposts = gather(missingOutposts) { try await $1.outposts(in: $0) }
    var completed = catalog
    completed.zones += try await zones
    completed.outposts += try await outposts
    return completed
  }

  /// The Regions whose zones and Outposts the requests need.
  ///
  /// Pure. A Local Zone's Region is the Region its name starts with (`us-east-1-bos-1a` →
  /// `us-east-1`); an Outpost's is the Region field of its ARN; a zone id names none (`zoneIds`).
  public static func places(_ requests: [CopyRequest]) -> (
    zoneRegions: [String], zoneIds: Bool, outpostRegions: [String]
  ) {
    var zoneRegions: [String] = []
    var outpostRegions: [String] = []
    var zoneIds = false
    for request in requests {
      let destinations = request.destinations ?? [request.destination]
      let zones = [request.source.localZone] + destinations.map(\.localZone)
      let arns = [request.source.outpostArn] + destinations.map(\.outpostArn)
      zoneRegions += zones.compactMap { $0.flatMap(RegionName.parentRegion(ofZone:)) }
      outpostRegions += arns.compactMap { $0.flatMap(Outpost.init(arn:))?.region }
      zoneIds = zoneIds || destinations.contains { $0.localZoneId != nil }
    }
    return (zoneRegions.uniqued(), zoneIds, outpostRegions.uniqued())
  }

  private func gather<Item: Sendable>(
    _ regions: [String], _ fetch: @escaping @Sendable (String, any AWSAccount) async throws -> [Item]
  ) async throws -> [Item] {
    let account = self.account
    return try await withThrowingTaskGroup(of: (Int, [Item]).self) { group in
      for (index, region) in regions.enumerated() {
        group.addTask { (index, try await fetch(region, account)) }
      }
      var results: [(Int, [Item])] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }
}
