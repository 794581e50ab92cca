import FerryCloud
import FerryRules
import Foundation

/// Decides whether EC2 would accept a copy call, and where the copy lands.
///
/// The route and field rules are not repeated here: the call is rebuilt into the `CopyRequest` an
/// operator would have written, with the source's real location from the store, and checked by the
/// one rules module (`FerryRules.plan`), whose error findings become EC2 errors. What remains here is
/// what only the account knows: that the source exists and may be read, that the destination zone or
/// Outpost exists in the Region the call was sent to, and that names are free. Pure.
struct CopyAdmission {
  /// Where an admitted copy goes.
  struct Destination: Sendable, Equatable {
    var region: String
    var zone: Zone?
    var outpost: Outpost?
  }

  var world: SandboxWorld

  func admit(
    _ parameters: CopyParameters, source: CopySource, state: SandboxState, now: Date
  ) throws(AWSError) -> Destination {
    if let error = FindingErrors.error(for: plan(parameters, source: source).findings) { throw error }
    let destination = try resolveDestination(parameters)
    try checkPartition(parameters)
    try checkReadable(source, state: state, now: now)
    try checkTagTypes(parameters)
    try checkNameFree(parameters, state: state, now: now)
    return destination
  }

  /// The plan the rules make of the request this call amounts to, with what the store knows of the
  /// source (its encryption, keys and owner) so the rules that depend on it fire.
  func plan(_ parameters: CopyParameters, source: CopySource) -> Plan {
    let facts = SourceFacts(
      encrypted: source.isEncrypted, kmsKeyIds: source.kmsKeyIds, ownerAccount: source.ownerId,
      callerAccount: world.accountId)
    return FerryRules.plan(request(parameters, source: source), catalog: world.catalog, facts: facts)
  }

  /// The request document an operator would have written to produce this call.
  func request(_ parameters: CopyParameters, source: CopySource) -> CopyRequest {
    let destination: DestinationSpec =
      if let arn = parameters.destinationOutpost {
        DestinationSpec(outpostArn: arn)
      } else if let zone = parameters.destinationZone {
        DestinationSpec(localZone: zone)
      } else if let zoneId = parameters.destinationZoneId { DestinationSpec(localZoneId: zoneId) } else {
        DestinationSpec(region: parameters.endpoint)
      }
    // ferry's own tag on a snapshot copy is its client token, not an operator's tag; on an AMI copy it
    // repeats the ClientToken parameter (the plan puts it back).
    var imageTags = parameters.tags(for: "image")
    var snapshotTags = parameters.tags(for: "snapshot")
    var clientToken = parameters.clientToken
    if parameters.operation == .copySnapshot,
      let index = snapshotTags.firstIndex(where: { $0.key == ClientTokenTag.key })
    {
      clientToken = snapshotTags.remove(at: index).value
    }
    if parameters.operation == .copyImage, let token = clientToken {
      imageTags.removeAll { $0.key == ClientTokenTag.key && $0.value == token }
    }
    let tags =
      imageTags.isEmpty && snapshotTags.isEmpty
      ? nil : TagSets(image: imageTags.isEmpty ? nil : imageTags, snapshot: snapshotTags.isEmpty ? nil : snapshotTags)
    return CopyRequest(
      resource: parameters.operation == .copyImage ? .image : .snapshot, source: source.location,
      destination: destination, name: parameters.name, description: parameters.description,
      encrypted: parameters.encrypted, kmsKeyId: parameters.kmsKeyId, copyImageTags: parameters.copyImageTags,
      tags: tags, completionDurationMinutes: parameters.completionMinutes, clientToken: clientToken,
      dryRun: parameters.dryRun)
  }

  // MARK: - What only the account knows

  private func resolveDestination(_ parameters: CopyParameters) throws(AWSError) -> Destination {
    let given = [parameters.destinationZone, parameters.destinationZoneId, parameters.destinationOutpost]
    guard given.compactMap({ $0 }).count <= 1 else {
      throw EC2Errors.service(
        "InvalidParameterCombination",
        "Only one of DestinationAvailabilityZone, DestinationAvailabilityZoneId, or DestinationOutpostArn can be specified."
      )
    }
    let region = parameters.endpoint
    if let arn = parameters.destinationOutpost {
      guard let outpost = world.outpost(arn: arn), outpost.region == region else {
        throw EC2Errors.invalidValue(arn, parameter: "DestinationOutpostArn")
      }
      return Destination(region: region, outpost: outpost)
    }
    if let name = parameters.destinationZone ?? parameters.destinationZoneId {
      let zone = parameters.destinationZone != nil ? world.zone(named: name) : world.zone(id: name)
      guard let zone, zone.region == region, zone.kind == .localZone else {
        throw EC2Errors.service("InvalidParameterValue", "Invalid availability zone: [\(name)]")
      }
      guard zone.optIn != .notOptedIn else {
        throw EC2Errors.service("OptInRequired", "The Local Zone \(zone.name) is not opted in for this account.")
      }
      return Destination(region: region, zone: zone)
    }
    return Destination(region: region)
  }

  /// Partitions are separate worlds: a Region's endpoint cannot read another partition's Region.
  private func checkPartition(_ parameters: CopyParameters) throws(AWSError) {
    let source = world.region(named: parameters.sourceRegion)?.partition
    let destination = world.region(named: parameters.endpoint)?.partition
    guard source == destination else {
      throw EC2Errors.service(
        "InvalidParameterCombination",
        "Copies between partitions are not supported (\(parameters.sourceRegion) to \(parameters.endpoint)); use CreateStoreImageTask instead."
      )
    }
  }

  private func checkReadable(_ source: CopySource, state: SandboxState, now: Date) throws(AWSError) {
    switch source {
    case .image(let record):
      guard record.described(at: now, snapshots: state.snapshotsByID).state == .available else {
        throw EC2Errors.service(
          "IncorrectState", "The image '\(record.id)' is not in a valid state for this operation.")
      }
      guard record.productCodes.isEmpty || record.image.ownerId == world.accountId else {
        throw EC2Errors.service(
          "InvalidRequest", "Images with EC2 BillingProduct codes cannot be copied to another AWS account.")
      }
      guard record.storageShared else {
        throw EC2Errors.service("InvalidRequest", "You do not have permission to access the storage of this ami")
      }
    case .snapshot(let record):
      guard record.described(at: now).state == .completed else {
        throw EC2Errors.service(
          "IncorrectState", "The snapshot '\(record.id)' is not in the completed state; it cannot be copied yet.")
      }
    }
  }

  private func checkTagTypes(_ parameters: CopyParameters) throws(AWSError) {
    let allowed: Set<String> = parameters.operation == .copyImage ? ["image", "snapshot"] : ["snapshot"]
    if let wrong = parameters.tagSpecifications.first(where: { !allowed.contains($0.resourceType) }) {
      throw EC2Errors.service(
        "InvalidParameterValue",
        "'\(wrong.resourceType)' is not a valid taggable resource type for this operation.")
    }
  }

  /// AMI names are unique per Region and owner; deregistered and failed AMIs free theirs.
  private func checkNameFree(_ parameters: CopyParameters, state: SandboxState, now: Date) throws(AWSError) {
    guard let name = parameters.name else { return }
    let snapshots = state.snapshotsByID
    let taken = state.images.first {
      $0.image.name == name && $0.image.region == parameters.endpoint && $0.image.ownerId == world.accountId
        && ![.deregistered, .failed].contains($0.described(at: now, snapshots: snapshots).state)
    }
    if let taken {
      throw EC2Errors.service("InvalidAMIName.Duplicate", "AMI name \(name) is already in use by AMI \(taken.id)")
    }
  }
}
