import FerryRules

/// What the copier reads from, and adds to, a planned call.
///
/// Pure.
///
/// The client token is already in the plan (FerryRules puts it in `ClientToken` for CopyImage and in
/// the `ferry:client-token` snapshot tag for CopySnapshot, see `ClientTokenTag`).
public enum PlannedCall {
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
}
