import FerryRules

/// What the copier reads from, and adds to, a planned call.
///
/// Pure.
///
/// CopyImage takes a `ClientToken` parameter, so a re-sent request cannot make a second AMI.
/// CopySnapshot has no ClientToken (see the seed document's parameter list), so ferry tags the new
/// snapshot with `ferry:client-token` and, after an unknown outcome, looks for that tag before it
/// sends again.
public enum PlannedCall {
  /// The tag ferry puts on every snapshot it copies, holding the journal's ClientToken.
  public static let clientTokenTagKey = "ferry:client-token"

  /// The call with its idempotency token in place: `ClientToken` for CopyImage, the
  /// `ferry:client-token` snapshot tag for CopySnapshot.
  public static func withClientToken(_ call: APICall, token: String) -> APICall {
    var call = call
    switch call.operation {
    case .copyImage:
      call.parameters["ClientToken"] = .string(token)
    case .copySnapshot:
      let tag = APIValue.structure(["Key": .string(clientTokenTagKey), "Value": .string(token)])
      var specifications: [APIValue] = []
      if case .list(let existing) = call.parameters["TagSpecifications"] { specifications = existing }
      if let index = specifications.firstIndex(where: { resourceType(of: $0) == "snapshot" }),
        case .structure(var specification) = specifications[index]
      {
        var tags: [APIValue] = []
        if case .list(let existing) = specification["Tags"] { tags = existing }
        tags.removeAll { key(of: $0) == clientTokenTagKey }
        tags.append(tag)
        specification["Tags"] = .list(tags)
        specifications[index] = .structure(specification)
      } else {
        specifications.append(.structure(["ResourceType": .string("snapshot"), "Tags": .list([tag])]))
      }
      call.parameters["TagSpecifications"] = .list(specifications)
    }
    return call
  }

  /// The source's id (`SourceImageId` / `SourceSnapshotId`).
  public static func sourceId(of call: APICall) -> String {
    string(call.parameters[call.operation == .copyImage ? "SourceImageId" : "SourceSnapshotId"]) ?? "?"
  }

  /// The source's Region (`SourceRegion`).
  public static func sourceRegion(of call: APICall) -> String {
    string(call.parameters["SourceRegion"]) ?? call.region
  }

  /// Where the copy goes, in words.
  public static func destination(of call: APICall) -> String {
    if let arn = string(call.parameters["DestinationOutpostArn"]) { return "Outpost \(arn)" }
    if let zone = string(call.parameters["DestinationAvailabilityZone"]) { return "Local Zone \(zone)" }
    if let zoneId = string(call.parameters["DestinationAvailabilityZoneId"]) { return "Local Zone \(zoneId)" }
    return "Region \(call.region)"
  }

  /// True when the call asks for a dry run only.
  public static func isDryRun(_ call: APICall) -> Bool {
    call.parameters["DryRun"] == .boolean(true)
  }

  private static func string(_ value: APIValue?) -> String? {
    if case .string(let text) = value { return text }
    return nil
  }

  private static func resourceType(of specification: APIValue) -> String? {
    if case .structure(let fields) = specification { return string(fields["ResourceType"]) }
    return nil
  }

  private static func key(of tag: APIValue) -> String? {
    if case .structure(let fields) = tag { return string(fields["Key"]) }
    return nil
  }
}
