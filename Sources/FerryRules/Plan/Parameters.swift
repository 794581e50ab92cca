/// Builds the EC2 API parameters of a request, named exactly as the API reference names them.
///
/// Only parameters that will be sent appear. A Region destination sends none of the Destination*
/// parameters (the call goes to that Region's endpoint); a Local Zone sends DestinationAvailabilityZone,
/// or DestinationAvailabilityZoneId for CopyImage when it was given by id; an Outpost sends
/// DestinationOutpostArn. A client token appears only when the request has one (otherwise the caller
/// generates one and keeps it in the journal before sending): as ClientToken for CopyImage, and as the
/// `ferry:client-token` tag of the new resource — the image for CopyImage, the snapshot for CopySnapshot
/// (which has no ClientToken parameter) — so a copy can be matched to its request from any machine
/// (discovery). Pure.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html,
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopySnapshot.html
enum Parameters {
  static func build(
    _ request: CopyRequest, operation: Operation, source: Location?, destination: Location?
  ) -> [String: APIValue] {
    var parameters: [String: APIValue] = [:]
    parameters.reserveCapacity(12)
    switch operation {
    case .copyImage:
      parameters["SourceImageId"] = .string(request.source.id)
      if let name = request.name { parameters["Name"] = .string(name) }
      if let copy = request.copyImageTags { parameters["CopyImageTags"] = .boolean(copy) }
      if let minutes = request.completionDurationMinutes {
        parameters["SnapshotCopyCompletionDurationMinutes"] = .integer(minutes)
      }
    case .copySnapshot:
      parameters["SourceSnapshotId"] = .string(request.source.id)
      if let minutes = request.completionDurationMinutes { parameters["CompletionDurationMinutes"] = .integer(minutes) }
    }
    if let source { parameters["SourceRegion"] = .string(source.regionName) }
    if let description = request.description { parameters["Description"] = .string(description) }
    if let encrypted = request.encrypted { parameters["Encrypted"] = .boolean(encrypted) }
    if let key = request.kmsKeyId { parameters["KmsKeyId"] = .string(key) }
    if let specifications = tagSpecifications(request, operation: operation) {
      parameters["TagSpecifications"] = specifications
    }
    // CopySnapshot has no ClientToken: the token travels as the ferry:client-token snapshot tag instead.
    if operation == .copyImage, let token = request.clientToken { parameters["ClientToken"] = .string(token) }
    if let dryRun = request.dryRun { parameters["DryRun"] = .boolean(dryRun) }
    switch destination {
    case .localZone(let zone):
      if operation == .copyImage, request.destination.localZoneId != nil {
        parameters["DestinationAvailabilityZoneId"] = .string(zone.id)
      } else {
        parameters["DestinationAvailabilityZone"] = .string(zone.name)
      }
    case .outpost(let outpost):
      parameters["DestinationOutpostArn"] = .string(outpost.arn)
    case .region, nil:
      break
    }
    return parameters
  }

  /// The tag sets that are sent, by resource type: image tags (CopyImage only), then snapshot tags.
  ///
  /// The client token's tag goes last in the new resource's set (the image, or the copied snapshot).
  static func tagSets(_ request: CopyRequest, operation: Operation) -> [(resourceType: String, tags: [Tag])] {
    var sets: [(resourceType: String, tags: [Tag])] = []
    let tokenTag = request.clientToken.map { Tag(key: ClientTokenTag.key, value: $0) }
    if operation == .copyImage {
      let image = (request.tags?.image ?? []) + (tokenTag.map { [$0] } ?? [])
      if !image.isEmpty { sets.append(("image", image)) }
    }
    var snapshot = request.tags?.snapshot ?? []
    if operation == .copySnapshot, let tokenTag { snapshot.append(tokenTag) }
    if !snapshot.isEmpty { sets.append(("snapshot", snapshot)) }
    return sets
  }

  /// `[{ResourceType, Tags: [{Key, Value}]}]`.
  private static func tagSpecifications(_ request: CopyRequest, operation: Operation) -> APIValue? {
    let sets = tagSets(request, operation: operation)
    return sets.isEmpty ? nil : .list(sets.map { specification($0.resourceType, $0.tags) })
  }

  private static func specification(_ resourceType: String, _ tags: [Tag]) -> APIValue {
    .structure(["ResourceType": .string(resourceType), "Tags": .list(tags.map(tagStructure))])
  }

  /// `{"Key": …, "Value": …}`, made by mapping a fixed two-member dictionary: `mapValues` keeps the
  /// template's hashed layout, so each tag costs one copy instead of two hash insertions (half the
  /// planner's time with a hundred tags).
  ///
  /// The template's values only mark which member is which.
  private static let tagTemplate: [String: APIValue] = ["Key": .boolean(true), "Value": .boolean(false)]

  static func tagStructure(_ tag: Tag) -> APIValue {
    .structure(tagTemplate.mapValues { $0 == .boolean(true) ? .string(tag.key) : .string(tag.value) })
  }
}
