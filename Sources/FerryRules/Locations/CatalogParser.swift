/// Reads the AWS CLI's JSON for zones and Outposts into a `Catalog`.
///
/// Zones: `aws ec2 describe-availability-zones --all-availability-zones --output json`
/// (`{"AvailabilityZones": [{ZoneName, ZoneId, ZoneType, RegionName, GroupName, OptInStatus, …}]}`).
/// Outposts: `aws outposts list-outposts --output json` (`{"Outposts": [{OutpostId, OutpostArn, Name,
/// AvailabilityZone, …}]}`); an Outpost's Region and account come from its ARN. Keys the catalog does
/// not use are ignored, as the CLI adds fields over time. ferry's own `ferry list zones|outposts
/// --output json` (an array of `{name, id, type, region, group, optInStatus}` / `{arn, name, …}`) is read
/// too, so ferry's output feeds its own plan. Pure: the caller reads the files.
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
    let (items, shape) = try reader.list(bytes, key: "AvailabilityZones")
    let keys = shape == .aws ? ZoneKeys.aws : ZoneKeys.ferry
    var zones: [Zone] = []
    zones.reserveCapacity(items.count)
    for (position, item) in items.enumerated() {
      reader.path = shape == .aws ? "AvailabilityZones[\(position)]" : "[\(position)]"
      let fields = try reader.fields(item)
      let name = try reader.string(fields, keys.name)
      let optIn = try reader.optionalString(fields, keys.optIn)
      zones.append(
        Zone(
          name: name,
          id: try reader.string(fields, keys.id),
          kind: Zone.Kind(rawValue: try reader.string(fields, keys.type)) ?? .other,
          region: try reader.string(fields, keys.region),
          group: try reader.optionalString(fields, keys.group) ?? name,
          parentZoneName: try reader.optionalString(fields, keys.parent),
          optIn: optIn.flatMap(Zone.OptIn.init(rawValue:)) ?? .notRequired
        ))
    }
    return zones
  }

  /// Parses the `list-outposts` document.
  public static func parseOutposts(_ bytes: some Collection<UInt8>) throws(CatalogError) -> [Outpost] {
    var reader = CatalogReader(document: "outposts")
    let (items, shape) = try reader.list(bytes, key: "Outposts")
    let (arnKey, nameKey, zoneKey) =
      shape == .aws ? ("OutpostArn", "Name", "AvailabilityZone") : ("arn", "name", "availabilityZone")
    var outposts: [Outpost] = []
    outposts.reserveCapacity(items.count)
    for (position, item) in items.enumerated() {
      reader.path = shape == .aws ? "Outposts[\(position)]" : "[\(position)]"
      let fields = try reader.fields(item)
      let arnText = try reader.string(fields, arnKey)
      guard var outpost = Outpost(arn: arnText) else {
        throw CatalogError(
          document: "outposts",
          reason:
            "\(reader.path).\(arnKey) '\(arnText)' is not an Outpost ARN (arn:aws:outposts:REGION:ACCOUNT:outpost/op-…)"
        )
      }
      outpost.name = try reader.optionalString(fields, nameKey) ?? outpost.id
      outpost.availabilityZone = try reader.optionalString(fields, zoneKey)
      outposts.append(outpost)
    }
    return outposts
  }
}

/// The small, shape-checking walk over one catalog document.
private struct CatalogReader {
  let document: String
  var path = ""

  /// The document's items, and whose shape they have: the AWS CLI's object holding `key`, or
  /// ferry's own array.
  func list(_ bytes: some Collection<UInt8>, key: String) throws(CatalogError) -> ([JSONValue], CatalogShape) {
    let root: JSONValue
    do {
      root = try JSONReader(maxBytes: 64 << 20).read(bytes)
    } catch {
      throw CatalogError(document: document, reason: error.description)
    }
    if case .array(let items) = root { return (items, .ferry) }
    guard case .object(let members) = root else {
      throw CatalogError(
        document: document,
        reason:
          "expected an object with \"\(key)\" (the AWS CLI's JSON) or an array (ferry list's), found \(root.kindDescription)"
      )
    }
    guard let value = members.first(where: { $0.key == key })?.value else {
      throw CatalogError(document: document, reason: "expected an object with \"\(key)\"; is this the right file?")
    }
    guard case .array(let items) = value else {
      throw CatalogError(document: document, reason: "\"\(key)\" must be an array, found \(value.kindDescription)")
    }
    return (items, .aws)
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

/// Whose JSON a catalog file holds.
private enum CatalogShape {
  /// The AWS CLI's: `{"AvailabilityZones": […]}` / `{"Outposts": […]}` with the API's key names.
  case aws
  /// `ferry list zones|outposts --output json`: an array with ferry's key names.
  case ferry
}

/// The key names of one zone in each shape.
private struct ZoneKeys {
  var name, id, type, region, group, parent, optIn: String

  static let aws = ZoneKeys(
    name: "ZoneName", id: "ZoneId", type: "ZoneType", region: "RegionName", group: "GroupName",
    parent: "ParentZoneName", optIn: "OptInStatus")
  static let ferry = ZoneKeys(
    name: "name", id: "id", type: "type", region: "region", group: "group", parent: "parentZoneName",
    optIn: "optInStatus")
}
