/// Reads the AWS CLI's JSON for zones and Outposts into a `Catalog`.
///
/// Zones: `aws ec2 describe-availability-zones --all-availability-zones --output json`
/// (`{"AvailabilityZones": [{ZoneName, ZoneId, ZoneType, RegionName, GroupName, OptInStatus, …}]}`).
/// Outposts: `aws outposts list-outposts --output json` (`{"Outposts": [{OutpostId, OutpostArn, Name,
/// AvailabilityZone, …}]}`); an Outpost's Region and account come from its ARN. Keys the catalog does
/// not use are ignored, as the CLI adds fields over time. Pure: the caller reads the files.
extension Catalog {
  /// Parses either document or both; a `nil` document leaves that part of the catalog empty.
  public static func parse(
    zonesJSON: [UInt8]?, outpostsJSON: [UInt8]?
  ) throws(CatalogError) -> Catalog {
    var catalog = Catalog()
    if let zonesJSON { catalog.zones = try parseZones(zonesJSON) }
    if let outpostsJSON { catalog.outposts = try parseOutposts(outpostsJSON) }
    return catalog
  }

  /// Parses the `describe-availability-zones` document.
  public static func parseZones(_ bytes: some Collection<UInt8>) throws(CatalogError) -> [Zone] {
    var reader = CatalogReader(document: "zones")
    let items = try reader.list(bytes, key: "AvailabilityZones")
    var zones: [Zone] = []
    zones.reserveCapacity(items.count)
    for (position, item) in items.enumerated() {
      reader.path = "AvailabilityZones[\(position)]"
      let fields = try reader.fields(item)
      let name = try reader.string(fields, "ZoneName")
      let optIn = try reader.optionalString(fields, "OptInStatus")
      zones.append(
        Zone(
          name: name,
          id: try reader.string(fields, "ZoneId"),
          kind: Zone.Kind(rawValue: try reader.string(fields, "ZoneType")) ?? .other,
          region: try reader.string(fields, "RegionName"),
          group: try reader.optionalString(fields, "GroupName") ?? name,
          parentZoneName: try reader.optionalString(fields, "ParentZoneName"),
          optIn: optIn.flatMap(Zone.OptIn.init(rawValue:)) ?? .notRequired
        ))
    }
    return zones
  }

  /// Parses the `list-outposts` document.
  public static func parseOutposts(_ bytes: some Collection<UInt8>) throws(CatalogError) -> [Outpost] {
    var reader = CatalogReader(document: "outposts")
    let items = try reader.list(bytes, key: "Outposts")
    var outposts: [Outpost] = []
    outposts.reserveCapacity(items.count)
    for (position, item) in items.enumerated() {
      reader.path = "Outposts[\(position)]"
      let fields = try reader.fields(item)
      let arnText = try reader.string(fields, "OutpostArn")
      guard var outpost = Outpost(arn: arnText) else {
        throw CatalogError(
          document: "outposts",
          reason: "\(reader.path).OutpostArn '\(arnText)' is not an Outpost ARN (arn:aws:outposts:REGION:ACCOUNT:outpost/op-…)")
      }
      outpost.name = try reader.optionalString(fields, "Name") ?? outpost.id
      outpost.availabilityZone = try reader.optionalString(fields, "AvailabilityZone")
      outposts.append(outpost)
    }
    return outposts
  }
}

/// The small, shape-checking walk over one catalog document.
private struct CatalogReader {
  let document: String
  var path = ""

  func list(_ bytes: some Collection<UInt8>, key: String) throws(CatalogError) -> [JSONValue] {
    let root: JSONValue
    do {
      root = try JSONReader(maxBytes: 64 << 20).read(bytes)
    } catch {
      throw CatalogError(document: document, reason: error.description)
    }
    guard case .object(let members) = root else {
      throw CatalogError(document: document, reason: "expected an object with \"\(key)\", found \(root.kindDescription)")
    }
    guard let value = members.first(where: { $0.key == key })?.value else {
      throw CatalogError(document: document, reason: "expected an object with \"\(key)\"; is this the right file?")
    }
    guard case .array(let items) = value else {
      throw CatalogError(document: document, reason: "\"\(key)\" must be an array, found \(value.kindDescription)")
    }
    return items
  }

  func fields(_ item: JSONValue) throws(CatalogError) -> [(key: String, value: JSONValue)] {
    guard case .object(let members) = item else {
      throw CatalogError(document: document, reason: "\(path) must be an object, found \(item.kindDescription)")
    }
    return members
  }

  func string(_ fields: [(key: String, value: JSONValue)], _ key: String) throws(CatalogError) -> String {
    guard let value = try optionalString(fields, key) else {
      throw CatalogError(document: document, reason: "\(path) has no \(key)")
    }
    return value
  }

  func optionalString(_ fields: [(key: String, value: JSONValue)], _ key: String) throws(CatalogError) -> String? {
    guard let value = fields.first(where: { $0.key == key })?.value else { return nil }
    switch value {
    case .string(let text): return text
    case .null: return nil
    default:
      throw CatalogError(document: document, reason: "\(path).\(key) must be a string, found \(value.kindDescription)")
    }
  }
}
