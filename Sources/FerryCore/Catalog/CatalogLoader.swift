import FerryCloud
import FerryRules

/// Builds the `Catalog` a live copy is planned against, from the account itself.
///
/// Asks only the Regions a request touches (its source, its destination, a Local Zone's parent,
/// an Outpost's Region), in parallel, so `ferry copy` costs a handful of calls, not one per Region.
public struct CatalogLoader: Sendable {
  public let account: any AWSAccount

  public init(account: any AWSAccount) {
    self.account = account
  }

  /// The catalog for `request`, asking Regions from `homeRegion`.
  public func catalog(for request: CopyRequest, homeRegion: String) async throws -> Catalog {
    let regions = try await account.regions(from: homeRegion)
    let enabled = regions.filter { $0.optIn != .notOptedIn }.map(\.name)
    let wanted = Self.regionsOfInterest(request, known: enabled, fallback: homeRegion)
    async let zones = gather(wanted) { try await account.zones(in: $0) }
    async let outposts = gather(wanted) { try await account.outposts(in: $0) }
    return Catalog(regions: regions, zones: try await zones, outposts: try await outposts)
  }

  /// The Regions whose zones and Outposts the request may name.
  ///
  /// Pure.
  ///
  /// A Local Zone's Region is the longest known Region name its own name starts with
  /// (`us-east-1-bos-1a` → `us-east-1`); an Outpost's is the Region field of its ARN. A zone id
  /// (`use1-bos1-az1`) names no Region, so then every known Region is asked.
  public static func regionsOfInterest(_ request: CopyRequest, known: [String], fallback: String) -> [String] {
    var found: [String] = [fallback]
    let destinations = request.destinations ?? [request.destination]
    let places: [(region: String?, zone: String?, arn: String?)] =
      [(request.source.region, request.source.localZone, request.source.outpostArn)]
      + destinations.map { ($0.region, $0.localZone, $0.outpostArn) }
    for place in places {
      if let region = place.region { found.append(region) }
      if let zone = place.zone, let parent = parentRegion(ofZone: zone, known: known) { found.append(parent) }
      if let arn = place.arn, let outpost = Outpost(arn: arn) { found.append(outpost.region) }
    }
    if destinations.contains(where: { $0.localZoneId != nil }) { found += known }
    var seen: Set<String> = []
    return found.filter { seen.insert($0).inserted }
  }

  /// The Region a zone name belongs to, by prefix.
  public static func parentRegion(ofZone zone: String, known: [String]) -> String? {
    known.filter { zone.hasPrefix($0 + "-") }.max { $0.count < $1.count }
  }

  private func gather<Item: Sendable>(
    _ regions: [String], _ fetch: @escaping @Sendable (String) async throws -> [Item]
  ) async throws -> [Item] {
    try await withThrowingTaskGroup(of: (Int, [Item]).self) { group in
      for (index, region) in regions.enumerated() {
        group.addTask { (index, try await fetch(region)) }
      }
      var results: [(Int, [Item])] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }
}
