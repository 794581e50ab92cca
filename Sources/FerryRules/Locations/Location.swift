/// Where a resource lives or goes: a Region, a Local Zone (with its parent Region), or an Outpost.
public enum Location: Sendable, Equatable, Hashable {
  case region(String)
  case localZone(Zone)
  case outpost(Outpost)

  /// The Region whose endpoint serves this place.
  public var regionName: String {
    switch self {
    case .region(let name): name
    case .localZone(let zone): zone.region
    case .outpost(let outpost): outpost.region
    }
  }
}
