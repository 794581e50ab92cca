/// Names ferry proposes for the AMI copies of a fan-out, so none breaks the duplicate-name rule
/// (`fan-out-duplicate-name`): a Local Zone's or an Outpost's copy lands in its parent Region, where
/// AMI names are unique.
///
/// Pure. Where several copies land in one Region, each copy to a Local Zone or an Outpost gets its
/// place appended (`golden-us-east-1-bos-1a`); the Region's own copy, and every copy alone in its
/// Region, keeps the shared name. The operator accepts or edits them.
public enum FanOutNames {
  /// AMI names are at most 128 characters: the shared part is cut so the place always shows.
  static let maximumLength = 128

  /// One name per entry of `request.destinations` (the shared `name` where no other is needed).
  public static func propose(_ request: CopyRequest, catalog: Catalog) -> [String] {
    let name = request.name ?? ""
    guard let destinations = request.destinations else { return [name] }
    var shared = request
    shared.destinations = destinations.map { spec in
      var spec = spec
      spec.name = nil
      return spec
    }
    let regions = planAll(shared, catalog: catalog).map(\.region)
    return destinations.indices.map { index in
      guard let region = regions[index], regions.filter({ $0 == region }).count > 1,
        let place = place(destinations[index])
      else { return name }
      return appended(name, place)
    }
  }

  /// The Local Zone's name, or the Outpost's id; nil for a Region (its copy keeps the shared name).
  static func place(_ destination: DestinationSpec) -> String? {
    if let zone = destination.localZone ?? destination.localZoneId { return zone }
    if let arn = destination.outpostArn { return arn.split(separator: "/").last.map(String.init) ?? arn }
    return nil
  }

  static func appended(_ name: String, _ place: String) -> String {
    let suffix = "-" + place
    return String(name.prefix(max(0, maximumLength - suffix.count))) + suffix
  }
}
