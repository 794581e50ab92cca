/// Renders a planned call as the equivalent AWS CLI command line, for people who know the CLI.
///
/// `aws ec2 copy-image|copy-snapshot --region R …`, one option per parameter in a fixed order, every
/// argument quoted for a POSIX shell (single quotes), TagSpecifications in the CLI's JSON form.
/// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/ec2/copy-image.html. Pure.
public enum AWSCLICommand {
  /// Parameters in the order the command lists them, with their CLI option names.
  private static let options: [(parameter: String, option: String)] = [
    ("SourceRegion", "source-region"),
    ("SourceImageId", "source-image-id"),
    ("SourceSnapshotId", "source-snapshot-id"),
    ("Name", "name"),
    ("Description", "description"),
    ("DestinationAvailabilityZone", "destination-availability-zone"),
    ("DestinationAvailabilityZoneId", "destination-availability-zone-id"),
    ("DestinationOutpostArn", "destination-outpost-arn"),
    ("Encrypted", "encrypted"),
    ("KmsKeyId", "kms-key-id"),
    ("CopyImageTags", "copy-image-tags"),
    ("TagSpecifications", "tag-specifications"),
    ("SnapshotCopyCompletionDurationMinutes", "snapshot-copy-completion-duration-minutes"),
    ("CompletionDurationMinutes", "completion-duration-minutes"),
    ("ClientToken", "client-token"),
    ("DryRun", "dry-run"),
  ]

  public static func render(operation: Operation, region: String, parameters: [String: APIValue]) -> String {
    var line = operation == .copyImage ? "aws ec2 copy-image" : "aws ec2 copy-snapshot"
    line += " --region " + ShellQuoting.quote(region)
    for (parameter, option) in options {
      guard let value = parameters[parameter] else { continue }
      switch value {
      case .boolean(let flag):
        // Boolean options are switches: --encrypted / --no-encrypted.
        line += flag ? " --\(option)" : " --no-\(option)"
      case .string(let text):
        line += " --\(option) " + ShellQuoting.quote(text)
      case .integer(let number):
        line += " --\(option) \(number)"
      case .list, .structure:
        line += " --\(option) " + ShellQuoting.quote(value.compactJSON)
      }
    }
    return line
  }
}

extension APIValue {
  /// The value as compact JSON, object keys sorted (`ResourceType` before `Tags`, `Key` before `Value`).
  public var compactJSON: String {
    var output = ""
    writeJSON(into: &output)
    return output
  }

  private func writeJSON(into output: inout String) {
    switch self {
    case .string(let text): JSONText.appendString(text, to: &output)
    case .integer(let number): output += String(number)
    case .boolean(let flag): output += flag ? "true" : "false"
    case .list(let values):
      output += "["
      for (position, value) in values.enumerated() {
        if position > 0 { output += "," }
        value.writeJSON(into: &output)
      }
      output += "]"
    case .structure(let members):
      output += "{"
      for (position, key) in members.keys.sorted().enumerated() {
        if position > 0 { output += "," }
        JSONText.appendString(key, to: &output)
        output += ":"
        members[key]?.writeJSON(into: &output)
      }
      output += "}"
    }
  }
}
