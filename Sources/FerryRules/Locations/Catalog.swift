/// The places an account has: its Regions, Local Zones and Outposts.
///
/// Built from the AWS CLI's JSON (`ec2 describe-availability-zones --all-availability-zones`,
/// `outposts list-outposts`) or from the account itself. Lookups are by name, id or ARN.
public struct Catalog: Sendable, Equatable {
  /// Regions the account knows, with their opt-in status; empty when not known (then any Region
  /// name with a valid shape is accepted).
  public var regions: [RegionEntry]
  public var zones: [Zone]
  public var outposts: [Outpost]

  public init(regions: [RegionEntry] = [], zones: [Zone] = [], outposts: [Outpost] = []) {
    self.regions = regions
    self.zones = zones
    self.outposts = outposts
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
