import FerryRules

/// Flattens EC2 API parameters into the EC2 Query protocol's `key=value` pairs.
///
/// `Action` and `Version` come first, then the parameters sorted by name; structure members are
/// sorted too and list items keep their order, so the same call always gives the same bytes. Lists
/// become `Name.N` from 1 under their wire name (`TagSpecifications` → `TagSpecification.1…`), empty lists
/// send nothing, booleans are `true`/`false`. Pure: no I/O.
///
/// Spec: https://smithy.io/2.0/aws/protocols/aws-ec2-query-protocol.html (botocore `EC2Serializer`).
public struct EC2QuerySerializer: Sendable {
  /// The EC2 API version every request names.
  public static let ec2Version = "2016-11-15"

  /// List member names that EC2 spells differently on the wire, whatever the operation.
  static let commonListNames: [String: String] = [
    "TagSpecifications": "TagSpecification",
    "Tags": "Tag",
    "Filters": "Filter",
    "Values": "Value",
  ]

  /// List member names renamed only in one operation (each from the model's `locationName`).
  static let operationListNames: [String: [String: String]] = [
    "DescribeImages": ["Owners": "Owner", "ExecutableUsers": "ExecutableBy", "ImageIds": "ImageId"],
    "DescribeSnapshots": ["OwnerIds": "Owner", "RestorableByUserIds": "RestorableBy", "SnapshotIds": "SnapshotId"],
    "DescribeRegions": ["RegionNames": "RegionName"],
    "DescribeAvailabilityZones": ["ZoneNames": "ZoneName", "ZoneIds": "ZoneId"],
  ]

  public let action: String
  public let version: String

  public init(action: String, version: String = EC2QuerySerializer.ec2Version) {
    self.action = action
    self.version = version
  }

  /// The ordered pairs for `parameters`, starting with Action and Version.
  public func pairs(_ parameters: [String: APIValue]) -> [(String, String)] {
    var out: [(String, String)] = [("Action", action), ("Version", version)]
    for key in parameters.keys.sorted() {
      // Safe: `key` was taken from the dictionary's own keys.
      if let value = parameters[key] { flatten(value, name: key, prefix: "", into: &out) }
    }
    return out
  }

  /// The form-encoded body for `parameters`: exactly the bytes to hash and send.
  public func body(_ parameters: [String: APIValue]) -> String {
    PercentEncoding.formEncode(pairs(parameters))
  }

  private func flatten(_ value: APIValue, name: String, prefix: String, into out: inout [(String, String)]) {
    switch value {
    case .string(let string):
      out.append((prefix + wireName(name), string))
    case .integer(let number):
      out.append((prefix + wireName(name), String(number)))
    case .boolean(let flag):
      out.append((prefix + wireName(name), flag ? "true" : "false"))
    case .structure(let members):
      let base = prefix + wireName(name) + "."
      for key in members.keys.sorted() {
        if let member = members[key] { flatten(member, name: key, prefix: base, into: &out) }
      }
    case .list(let items):
      let base = prefix + listName(name)
      for (index, item) in items.enumerated() {
        flattenItem(item, key: "\(base).\(index + 1)", into: &out)
      }
    }
  }

  /// A list item is addressed by its index alone: `Filter.1.Name`, `Owner.1`.
  private func flattenItem(_ item: APIValue, key: String, into out: inout [(String, String)]) {
    switch item {
    case .string(let string): out.append((key, string))
    case .integer(let number): out.append((key, String(number)))
    case .boolean(let flag): out.append((key, flag ? "true" : "false"))
    case .structure(let members):
      for member in members.keys.sorted() {
        if let value = members[member] { flatten(value, name: member, prefix: key + ".", into: &out) }
      }
    case .list(let items):
      for (index, nested) in items.enumerated() { flattenItem(nested, key: "\(key).\(index + 1)", into: &out) }
    }
  }

  private func listName(_ name: String) -> String {
    if let renamed = Self.operationListNames[action]?[name] ?? Self.commonListNames[name] { return renamed }
    return wireName(name)
  }

  /// EC2 capitalizes the first letter of every input name.
  private func wireName(_ name: String) -> String {
    guard let first = name.first, first.isLowercase else { return name }
    return first.uppercased() + name.dropFirst()
  }
}
