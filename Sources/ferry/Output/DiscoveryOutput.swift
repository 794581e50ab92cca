import FerryCore
import FerryRules

/// A copy found in the account as `ferry status --discover` prints it.
///
/// Pure.
///
/// JSON keys are sorted; `resourceId`, `region`, `state` and `known` are always there, `progress`,
/// `clientToken` (the `ferry:client-token` tag), `journalId`, `sourceId` and `sourceRegion` when known.
enum DiscoveryOutput {
  static func json(_ copy: DiscoveredCopy) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("evidence", .string(copy.evidence.rawValue)),
      ("known", .bool(copy.isKnown)),
      ("operation", .string(copy.resource == .image ? Operation.copyImage.rawValue : Operation.copySnapshot.rawValue)),
      ("region", .string(copy.region)),
      ("resourceId", .string(copy.resourceId)),
      ("state", .string(copy.state)),
    ]
    if let progress = copy.progress { members.append(("progress", .number(String(progress)))) }
    if let token = copy.clientToken { members.append(("clientToken", .string(token))) }
    if let id = copy.journalId { members.append(("journalId", .string(id))) }
    if let source = copy.sourceId { members.append(("sourceId", .string(source))) }
    if let region = copy.sourceRegion { members.append(("sourceRegion", .string(region))) }
    return .object(members.sorted { $0.key < $1.key })
  }

  /// The columns of the text table.
  static let header = ["NEW ID", "REGION", "STATE", "PROGRESS", "SOURCE", "JOURNAL", "CLIENT TOKEN"]
  /// The ids `ferry watch` takes are never cut; the token and the source go first at a narrow terminal.
  static let whole: Set<String> = ["NEW ID", "JOURNAL"]
  static let dropOrder = ["CLIENT TOKEN", "SOURCE"]

  static func row(_ copy: DiscoveredCopy) -> [String] {
    let source = copy.sourceId.map { id in copy.sourceRegion.map { "\(id) (\($0))" } ?? id } ?? "-"
    return [
      copy.resourceId, copy.region, copy.state, copy.progress.map { "\($0)%" } ?? "-", source,
      copy.journalId ?? "unknown", copy.clientToken ?? "-",
    ]
  }
}
