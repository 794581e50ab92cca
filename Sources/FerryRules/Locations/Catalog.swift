/// The places an account has: its Regions, Local Zones and Outposts.
///
/// Built from the AWS CLI's JSON (`Catalog.parse(zonesJSON:outpostsJSON:)`) or from the account
/// itself. Lookups are by zone name, zone id, Outpost ARN and Region name, through dictionaries built
/// once when a list is set, because the planner looks places up on every keystroke.
public struct Catalog: Sendable, Equatable {
  /// Regions the account knows, with their opt-in status; empty when not known (then any Region
  /// name with a valid shape is accepted).
  public var regions: [RegionEntry] { didSet { indexRegions() } }
  /// Zones of every kind; empty when not known (then no Local Zone can be resolved offline).
  public var zones: [Zone] { didSet { indexZones() } }
  /// Outposts; empty when not known.
  public var outposts: [Outpost] { didSet { indexOutposts() } }

  private var regionIndex: [String: Int] = [:]
  private var zoneNameIndex: [String: Int] = [:]
  private var zoneIdIndex: [String: Int] = [:]
  private var outpostIndex: [String: Int] = [:]

  public init(regions: [RegionEntry] = [], zones: [Zone] = [], outposts: [Outpost] = []) {
    self.regions = regions
    self.zones = zones
    self.outposts = outposts
    indexRegions()
    indexZones()
    indexOutposts()
  }

  public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
    lhs.regions == rhs.regions && lhs.zones == rhs.zones && lhs.outposts == rhs.outposts
  }

  /// The Region entry named `name`, if the catalog lists it.
  public func region(named name: String) -> RegionEntry? { regionIndex[name].map { regions[$0] } }

  /// The zone named `name` (`us-east-1-bos-1a`), of any kind.
  public func zone(named name: String) -> Zone? { zoneNameIndex[name].map { zones[$0] } }

  /// The zone whose id is `id` (`use1-bos1-az1`), of any kind.
  public func zone(id: String) -> Zone? { zoneIdIndex[id].map { zones[$0] } }

  /// The Outpost whose ARN is `arn`.
  public func outpost(arn: String) -> Outpost? { outpostIndex[arn].map { outposts[$0] } }

  /// The Local Zones whose parent Region is `region`, in catalog order.
  public func localZones(in region: String) -> [Zone] {
    zones.filter { $0.kind == .localZone && $0.region == region }
  }

  // The first entry wins when a name repeats, as a linear search would.
  private mutating func indexRegions() {
    regionIndex = Self.index(regions.map(\.name))
  }

  private mutating func indexZones() {
    zoneNameIndex = Self.index(zones.map(\.name))
    zoneIdIndex = Self.index(zones.map(\.id))
  }

  private mutating func indexOutposts() {
    outpostIndex = Self.index(outposts.map(\.arn))
  }

  private static func index(_ keys: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(keys.count)
    for (position, key) in keys.enumerated() where index[key] == nil {
      index[key] = position
    }
    return index
  }
}

/// A Region as DescribeRegions reports it.
public struct RegionEntry: Sendable, Equatable, Hashable, Codable {
  public enum OptIn: String, Sendable, Equatable, Hashable, Codable {
    case notRequired = "opt-in-not-required"
    case optedIn = "opted-in"
    case notOptedIn = "not-opted-in"
  }

  public var name: String
  public var optIn: OptIn

  public init(name: String, optIn: OptIn) {
    self.name = name
    self.optIn = optIn
  }
}
