import FerryRules

/// One place the operator can copy to, and whether the route from the chosen source is supported.
public struct DestinationRow: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    case region = "Region"
    case localZone = "Local Zone"
    case outpost = "Outpost"
  }

  public var kind: Kind
  /// Region name, zone name, or Outpost id.
  public var name: String
  /// Partition, zone group and parent, or the Outpost's name and Region.
  public var detail: String
  /// `opted-in`, `not-opted-in`, `opt-in-not-required` (empty for Outposts).
  public var optIn: String
  public var spec: DestinationSpec
  /// Why the route is not supported (errors from the rules); empty when it is.
  public var reasons: [String]
  /// Warnings the rules raise for this route (still allowed).
  public var warnings: [String]
  /// What the `/` filter matches: name, zone id, kind, zone group and parent Region, Outpost name and ARN.
  public var searchKey: String

  public var supported: Bool { reasons.isEmpty }

  public init(
    kind: Kind, name: String, detail: String, optIn: String, spec: DestinationSpec,
    reasons: [String] = [], warnings: [String] = [], searchTerms: [String] = []
  ) {
    self.searchKey = ([name, kind.rawValue, detail] + searchTerms).joined(separator: " ")
    self.kind = kind
    self.name = name
    self.detail = detail
    self.optIn = optIn
    self.spec = spec
    self.reasons = reasons
    self.warnings = warnings
  }
}

/// Builds the destination rows from the account's places and asks the rules about each route.
public enum DestinationRows {
  /// Regions first, then Local Zones grouped by parent Region and zone group, then Outposts.
  ///
  /// Each row's verdict is what `plan()` says about the `source` and `destination` fields of a
  /// request to that place: the same rules the form and `ferry plan` use, so they never disagree.
  public static func build(catalog: Catalog, source: SourceItem?, resource: Resource, facts: SourceFacts? = nil)
    -> [DestinationRow]
  {
    var rows: [DestinationRow] = []
    for region in catalog.regions.sorted(by: { $0.name < $1.name }) {
      rows.append(
        DestinationRow(
          kind: .region, name: region.name, detail: "partition " + partition(of: region.name),
          optIn: region.optIn.rawValue, spec: DestinationSpec(region: region.name)))
    }
    let localZones = catalog.zones.filter { $0.kind == .localZone }
      .sorted { ($0.region, $0.group, $0.name) < ($1.region, $1.group, $1.name) }
    for zone in localZones {
      rows.append(
        DestinationRow(
          kind: .localZone, name: zone.name, detail: "\(zone.region) › \(zone.group)",
          optIn: zone.optIn.rawValue, spec: DestinationSpec(localZone: zone.name), searchTerms: [zone.id]))
    }
    for outpost in catalog.outposts.sorted(by: { $0.id < $1.id }) {
      rows.append(
        DestinationRow(
          kind: .outpost, name: outpost.id, detail: "\(outpost.name) in \(outpost.region)", optIn: "",
          spec: DestinationSpec(outpostArn: outpost.arn), searchTerms: [outpost.arn]))
    }
    guard let source else { return rows }
    return rows.map { row in
      var row = row
      let request = CopyRequest(resource: resource, source: source.sourceSpec, destination: row.spec)
      let findings = plan(request, catalog: catalog, facts: facts).findings.filter {
        $0.field == "destination" || $0.field == "source"
      }
      row.reasons = findings.filter { $0.severity == .error }.map(\.message)
      row.warnings = findings.filter { $0.severity == .warning }.map(\.message)
      return row
    }
  }

  /// The partition a Region belongs to (botocore's rule: the longest matching prefix, else `aws`).
  public static func partition(of region: String) -> String {
    let candidates = Partition.all.filter { !$0.regionPrefix.isEmpty && region.hasPrefix($0.regionPrefix + "-") }
    return candidates.max { $0.regionPrefix.count < $1.regionPrefix.count }?.id ?? Partition.aws.id
  }

  /// One line of the list at `width`: mark, kind, name, detail, opt-in, and the reason when unsupported.
  public static func line(_ row: DestinationRow, width: Int) -> String {
    let mark = row.supported ? (row.warnings.isEmpty ? "✓" : "!") : "✗"
    let name = Format.pad(row.name, 22)
    let kind = Format.pad(row.kind.rawValue, 10)
    var text = "\(mark) \(kind) \(name) "
    let restWidth = max(0, width - text.count)
    let optIn = optInText(row.optIn)
    let detail: String
    if row.supported {
      let detailWidth = max(0, restWidth - 13)
      detail = Format.pad(row.detail, detailWidth) + " " + optIn
    } else {
      detail = row.reasons.first ?? ""
    }
    text += Format.fit(detail, restWidth)
    return Format.pad(text, width)
  }

  /// Opt-in status in a few words; nothing when the place needs no opt-in.
  static func optInText(_ raw: String) -> String {
    switch raw {
    case "opted-in": "opted in"
    case "not-opted-in": "not opted in"
    default: ""
    }
  }
}
