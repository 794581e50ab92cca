import FerryCloud
import FerryRules

/// Turns the rules' error findings into the error EC2 answers the same mistake with.
///
/// The sandbox enforces the copy rules server-side by running the one rules module on the request
/// it rebuilds from the call; this type only chooses the EC2 code. The message is the finding's own,
/// which quotes the seed where it can. Pure.
enum FindingErrors {
  /// Codes for rules whose EC2 code differs from the one their field implies.
  private static let codeByRule: [String: String] = [
    Rule.kmsKeyNeedsEncrypted.rawValue: "InvalidParameterDependency",
    Rule.tagCount.rawValue: "TagLimitExceeded",
    Rule.regionNotOptedIn.rawValue: "OptInRequired",
    Rule.localZoneNotOptedIn.rawValue: "OptInRequired",
    Rule.unencryptedCopyOfEncrypted.rawValue: "InvalidParameterCombination",
    Rule.completionDurationLocalZone.rawValue: "InvalidParameterCombination",
    Rule.completionDurationOutpost.rawValue: "InvalidParameterCombination",
    Rule.outpostRequiresEncryption.rawValue: "InvalidParameterCombination",
    // A place that does not exist is a bad value, not a bad combination.
    Rule.regionName.rawValue: "InvalidParameterValue",
    Rule.regionUnknown.rawValue: "InvalidParameterValue",
    Rule.localZoneUnknown.rawValue: "InvalidParameterValue",
    Rule.notALocalZone.rawValue: "InvalidParameterValue",
    Rule.outpostARN.rawValue: "InvalidParameterValue",
    Rule.outpostUnknown.rawValue: "InvalidParameterValue",
    Rule.sourceId.rawValue: "InvalidParameterValue",
  ]

  /// The error for the first error finding (in the order the rules report them), or nil when none.
  static func error(for findings: [Finding]) -> AWSError? {
    guard let finding = findings.first(where: { $0.severity == .error }) else { return nil }
    return EC2Errors.service(code(for: finding), finding.message)
  }

  static func code(for finding: Finding) -> String {
    if let code = codeByRule[finding.rule] { return code }
    switch finding.field {
    // A route EC2 does not support is a combination of source and destination it refuses.
    case "source", "destination", "resource", "copyImageTags": return "InvalidParameterCombination"
    case "name": return "InvalidAMIName.Malformed"
    default: return "InvalidParameterValue"
    }
  }
}
