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
    render(operation: operation, region: region, parameters: parameters, tagSpecificationsJSON: nil)
  }

  /// As `render(operation:region:parameters:)`, with the TagSpecifications JSON already written
  /// (`TagSpecificationJSON`): the planner writes it straight from the tags, skipping a walk over
  /// a hundred small dictionaries on every keystroke.
  static func render(
    operation: Operation, region: String, parameters: [String: APIValue], tagSpecificationsJSON: String?
  ) -> String {
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
        let json = parameter == "TagSpecifications" ? (tagSpecificationsJSON ?? value.compactJSON) : value.compactJSON
        line += " --\(option) " + ShellQuoting.quote(json)
      }
    }
    return line
  }
}

extension APIValue {
  /// The value as compact JSON, object keys sorted (`ResourceType` before `Tags`, `Key` before `Value`).
  public var compactJSON: String {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    writeJSON(into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private func writeJSON(into output: inout [UInt8]) {
    switch self {
    case .string(let text): JSONText.appendString(text, to: &output)
    case .integer(let number): output.append(contentsOf: String(number).utf8)
    case .boolean(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .list(let values):
      output.append(UInt8(ascii: "["))
      for (position, value) in values.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        value.writeJSON(into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .structure(let members):
      output.append(UInt8(ascii: "{"))
      var first = true
      func member(_ key: String, _ value: APIValue) {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        JSONText.appendString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        value.writeJSON(into: &output)
      }
      if members.count == 2 {
        // Tags and tag specifications have two members: order them without sorting an array.
        var pairs = members.makeIterator()
        if let one = pairs.next(), let two = pairs.next() {
          let (a, b) = one.key < two.key ? (one, two) : (two, one)
          member(a.key, a.value)
          member(b.key, b.value)
        }
      } else {
        for key in members.keys.sorted() {
          if let value = members[key] { member(key, value) }
        }
      }
      output.append(UInt8(ascii: "}"))
    }
  }
}
