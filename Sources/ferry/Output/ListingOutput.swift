import FerryCloud
import FerryRules
import Terminal

/// The rows of `ferry list`, as JSON objects (the contract's fields) and as table cells.
///
/// Pure. JSON keys are sorted; optional places (`localZone`, `outpostArn`) appear only where the resource
/// lives there. The fields are those of `shared/contracts/request-and-plan.md`. As text, ids are never cut
/// and an Outpost is named by its id (the JSON has the ARN).
enum ListingOutput {
  struct Rows {
    var json: [JSONValue]
    var header: [String]
    var cells: [[String]]
    /// Columns never cut, and those left out first, at a narrow terminal (`TextTable`).
    var whole: Set<String> = []
    var dropOrder: [String] = []

    var table: TextTable { TextTable(header: header, rows: cells, whole: whole, dropOrder: dropOrder) }
  }

  static func images(_ images: [Image]) -> Rows {
    Rows(
      json: images.map { image in
        var members: [(key: String, value: JSONValue)] = [
          ("encrypted", .bool(image.isEncrypted)), ("id", .string(image.id)), ("name", .string(image.name)),
          ("ownerId", .string(image.ownerId)), ("region", .string(image.region)),
          ("state", .string(image.state.rawValue)),
        ]
        if let zone = image.localZoneName { members.append(("localZone", .string(zone))) }
        if let arn = image.outpostArn { members.append(("outpostArn", .string(arn))) }
        return .object(members.sorted { $0.key < $1.key })
      },
      header: ["ID", "NAME", "STATE", "ENC", "OWNER", "LOCATION"],
      cells: images.map { image in
        [
          image.id, image.name, image.state.rawValue, yesNo(image.isEncrypted), image.ownerId,
          image.outpostArn.map(outpostText) ?? image.localZoneName ?? image.region,
        ]
      }, whole: ["ID"], dropOrder: ["OWNER"])
  }

  static func snapshots(_ snapshots: [Snapshot]) -> Rows {
    Rows(
      json: snapshots.map { snapshot in
        var members: [(key: String, value: JSONValue)] = [
          ("description", snapshot.description.map(JSONValue.string) ?? .null),
          ("encrypted", .bool(snapshot.encrypted)), ("id", .string(snapshot.id)),
          ("location", .string(location(snapshot))), ("ownerId", .string(snapshot.ownerId)),
          ("region", .string(snapshot.region)), ("state", .string(snapshot.state.rawValue)),
        ]
        if let zone = snapshot.availabilityZone { members.append(("localZone", .string(zone))) }
        if let arn = snapshot.outpostArn { members.append(("outpostArn", .string(arn))) }
        if let progress = snapshot.progress { members.append(("progress", .number(String(progress)))) }
        return .object(members.sorted { $0.key < $1.key })
      },
      header: ["ID", "DESCRIPTION", "STATE", "ENC", "OWNER", "LOCATION"],
      cells: snapshots.map { snapshot in
        [
          snapshot.id, snapshot.description ?? "", snapshot.state.rawValue, yesNo(snapshot.encrypted), snapshot.ownerId,
          snapshot.outpostArn.map(outpostText) ?? location(snapshot),
        ]
      }, whole: ["ID"], dropOrder: ["OWNER"])
  }

  static func regions(_ regions: [RegionEntry]) -> Rows {
    Rows(
      json: regions.map { region in
        .object([
          ("name", .string(region.name)), ("optInStatus", .string(region.optIn.rawValue)),
          ("partition", .string(partition(of: region.name))),
        ])
      },
      header: ["NAME", "PARTITION", "OPT-IN"],
      cells: regions.map { [$0.name, partition(of: $0.name), $0.optIn.rawValue] }, whole: ["NAME"])
  }

  static func zones(_ zones: [Zone]) -> Rows {
    Rows(
      json: zones.map { zone in
        var members: [(key: String, value: JSONValue)] = [
          ("group", .string(zone.group)), ("id", .string(zone.id)), ("name", .string(zone.name)),
          ("optInStatus", .string(zone.optIn.rawValue)), ("region", .string(zone.region)),
          ("type", .string(zone.kind.rawValue)),
        ]
        if let parent = zone.parentZoneName { members.append(("parentZoneName", .string(parent))) }
        return .object(members.sorted { $0.key < $1.key })
      },
      header: ["NAME", "ID", "TYPE", "REGION", "GROUP", "OPT-IN"],
      cells: zones.map { [$0.name, $0.id, $0.kind.rawValue, $0.region, $0.group, $0.optIn.rawValue] },
      whole: ["NAME", "ID"], dropOrder: ["GROUP", "TYPE"])
  }

  static func outposts(_ outposts: [Outpost]) -> Rows {
    Rows(
      json: outposts.map { outpost in
        .object(
          [("arn", .string(outpost.arn))]
            + (outpost.availabilityZone.map { [("availabilityZone", JSONValue.string($0))] } ?? [])
            + [("id", .string(outpost.id)), ("name", .string(outpost.name)), ("region", .string(outpost.region))])
      },
      header: ["ID", "NAME", "REGION", "ARN"],
      cells: outposts.map { [$0.id, $0.name, $0.region, $0.arn] }, whole: ["ID", "ARN"], dropOrder: ["REGION"])
  }

  /// An Outpost in a text cell: `outpost op-…`, the id its ARN ends with.
  static func outpostText(_ arn: String) -> String {
    "outpost " + (arn.split(separator: "/").last.map(String.init) ?? arn)
  }

  /// Where a snapshot lives: its Outpost ARN, its Local Zone, or its Region.
  static func location(_ snapshot: Snapshot) -> String {
    snapshot.outpostArn ?? snapshot.availabilityZone ?? snapshot.region
  }

  private static func partition(of region: String) -> String {
    switch Partition.of(region: region) {
    case .known(let partition), .fallback(let partition): partition.id
    case .invalid: "unknown"
    }
  }

  private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
