import FerryCloud
import FerryRules
import Foundation

/// The parameters of one CopyImage or CopySnapshot call, read the way EC2 reads them.
///
/// Unknown parameters, missing required ones and values of the wrong type are refused with EC2's
/// codes (`UnknownParameter`, `MissingParameter`, `InvalidParameterValue`). Pure.
struct CopyParameters: Sendable, Equatable {
  /// Tags for one resource type of the new resources (TagSpecification.N).
  struct TagSpecification: Sendable, Equatable {
    var resourceType: String
    var tags: [Tag]
  }

  var operation: FerryRules.Operation
  /// The Region the call was sent to: the destination's Region.
  var endpoint: String
  var sourceId: String
  var sourceRegion: String
  var name: String?
  var description: String?
  var encrypted: Bool?
  var kmsKeyId: String?
  var copyImageTags: Bool?
  var tagSpecifications: [TagSpecification] = []
  var completionMinutes: Int?
  var destinationZone: String?
  var destinationZoneId: String?
  var destinationOutpost: String?
  var clientToken: String?
  var dryRun = false
  /// The parameters that make two calls "the same request" for ClientToken idempotency.
  var fingerprint = ""

  /// Parameters each operation accepts, as the API reference lists them: CopySnapshot has no
  /// ClientToken (ferry sends its token as the `ferry:client-token` tag there), so one is refused.
  private static let accepted: [FerryRules.Operation: Set<String>] = [
    .copyImage: [
      "ClientToken", "Description", "Encrypted", "KmsKeyId", "Name", "SourceImageId", "SourceRegion",
      "DestinationOutpostArn", "CopyImageTags", "TagSpecifications", "SnapshotCopyCompletionDurationMinutes",
      "DestinationAvailabilityZone", "DestinationAvailabilityZoneId", "DryRun",
    ],
    .copySnapshot: [
      "Description", "DestinationOutpostArn", "DestinationRegion", "Encrypted", "KmsKeyId",
      "PresignedUrl", "SourceRegion", "SourceSnapshotId", "TagSpecifications", "CompletionDurationMinutes",
      "DestinationAvailabilityZone", "DryRun",
    ],
  ]

  /// Parameters that do not change what is copied: a retry may differ in them.
  private static let outsideFingerprint: Set<String> = ["ClientToken", "DryRun", "PresignedUrl", "DestinationRegion"]

  init(_ call: APICall) throws(AWSError) {
    let values = call.parameters
    let accepted = Self.accepted[call.operation] ?? []
    if let unknown = values.keys.sorted().first(where: { !accepted.contains($0) }) {
      throw EC2Errors.unknownParameter(unknown)
    }
    let isImage = call.operation == .copyImage
    operation = call.operation
    endpoint = call.region
    sourceId = try Self.required(isImage ? "SourceImageId" : "SourceSnapshotId", in: values)
    sourceRegion = try Self.required("SourceRegion", in: values)
    name = isImage ? try Self.required("Name", in: values) : nil
    description = try Self.string("Description", in: values)
    encrypted = try Self.bool("Encrypted", in: values)
    kmsKeyId = try Self.string("KmsKeyId", in: values)
    copyImageTags = try Self.bool("CopyImageTags", in: values)
    tagSpecifications = try Self.tagSpecifications(values["TagSpecifications"])
    completionMinutes = try Self.integer(
      isImage ? "SnapshotCopyCompletionDurationMinutes" : "CompletionDurationMinutes", in: values)
    destinationZone = try Self.string("DestinationAvailabilityZone", in: values)
    destinationZoneId = try Self.string("DestinationAvailabilityZoneId", in: values)
    destinationOutpost = try Self.string("DestinationOutpostArn", in: values)
    clientToken = try Self.string("ClientToken", in: values)
    dryRun = try Self.bool("DryRun", in: values) ?? false
    fingerprint = Self.fingerprint(values.filter { !Self.outsideFingerprint.contains($0.key) })
  }

  // MARK: - Reading values

  private static func required(_ name: String, in values: [String: APIValue]) throws(AWSError) -> String {
    guard let value = try string(name, in: values), !value.isEmpty else { throw EC2Errors.missingParameter(name) }
    return value
  }

  private static func string(_ name: String, in values: [String: APIValue]) throws(AWSError) -> String? {
    switch values[name] {
    case nil: return nil
    case .string(let value)?: return value
    case .integer(let value)?: return String(value)
    case let other?: throw EC2Errors.invalidValue(describe(other), parameter: name)
    }
  }

  /// Booleans arrive as `true`/`false` on the wire; a decoded document may hold either form.
  private static func bool(_ name: String, in values: [String: APIValue]) throws(AWSError) -> Bool? {
    switch values[name] {
    case nil: return nil
    case .boolean(let value)?: return value
    case .string("true")?: return true
    case .string("false")?: return false
    case let other?: throw EC2Errors.invalidValue(describe(other), parameter: name)
    }
  }

  private static func integer(_ name: String, in values: [String: APIValue]) throws(AWSError) -> Int? {
    switch values[name] {
    case nil: return nil
    case .integer(let value)?: return value
    case .string(let text)?:
      guard let value = Int(text) else { throw EC2Errors.invalidValue(text, parameter: name) }
      return value
    case let other?: throw EC2Errors.invalidValue(describe(other), parameter: name)
    }
  }

  private static func tagSpecifications(_ value: APIValue?) throws(AWSError) -> [TagSpecification] {
    guard let value else { return [] }
    guard case .list(let entries) = value else {
      throw EC2Errors.invalidValue(describe(value), parameter: "TagSpecifications")
    }
    var result: [TagSpecification] = []
    for entry in entries {
      guard case .structure(let fields) = entry, case .string(let type)? = fields["ResourceType"] else {
        throw EC2Errors.missingParameter("TagSpecification.ResourceType")
      }
      var tags: [Tag] = []
      if case .list(let items)? = fields["Tags"] {
        for item in items {
          guard case .structure(let tag) = item, case .string(let key)? = tag["Key"] else {
            throw EC2Errors.missingParameter("TagSpecification.Tag.Key")
          }
          if case .string(let value)? = tag["Value"] {
            tags.append(Tag(key: key, value: value))
          } else {
            tags.append(Tag(key: key, value: ""))
          }
        }
      }
      result.append(TagSpecification(resourceType: type, tags: tags))
    }
    return result
  }

  private static func describe(_ value: APIValue) -> String {
    switch value {
    case .string(let text): text
    case .integer(let number): String(number)
    case .boolean(let flag): String(flag)
    case .list: "list"
    case .structure: "structure"
    }
  }

  /// A canonical text of the parameters: sorted keys, so equal requests give equal text.
  private static func fingerprint(_ values: [String: APIValue]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(values) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  // MARK: - Derived

  /// Tags requested for one resource type (`image` or `snapshot`).
  func tags(for resourceType: String) -> [Tag] {
    tagSpecifications.filter { $0.resourceType == resourceType }.flatMap(\.tags)
  }
}
