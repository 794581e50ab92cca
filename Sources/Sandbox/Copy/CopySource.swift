import FerryCloud
import FerryRules

/// The resource a copy reads from, found in the store: an AMI with its snapshots, or one snapshot.
enum CopySource: Sendable {
  case image(ImageRecord)
  case snapshot(SnapshotRecord)

  /// Finds the source a call names in its SourceRegion, as this account sees it (its own, shared
  /// with it, or public), with EC2's error when it does not exist there.
  static func find(
    _ parameters: CopyParameters, in state: SandboxState, accountId: String
  ) throws(AWSError) -> CopySource {
    let id = parameters.sourceId
    switch parameters.operation {
    case .copyImage:
      guard id.hasPrefix("ami-") else { throw EC2Errors.imageMalformed(id) }
      let found = state.images.first {
        $0.id == id && $0.image.region == parameters.sourceRegion && $0.deregisteredAt == nil
          && Visibility.canSee($0, accountId: accountId)
      }
      guard let found else { throw EC2Errors.imageNotFound([id]) }
      return .image(found)
    case .copySnapshot:
      guard id.hasPrefix("snap-") else { throw EC2Errors.snapshotMalformed(id) }
      let found = state.snapshots.first {
        $0.id == id && $0.snapshot.region == parameters.sourceRegion && Visibility.canSee($0, accountId: accountId)
      }
      guard let found else { throw EC2Errors.snapshotNotFound(id) }
      return .snapshot(found)
    }
  }

  /// Where the source's data lives, as a request document names it.
  var location: SourceSpec {
    switch self {
    case .image(let record):
      SourceSpec(
        id: record.id,
        region: record.image.localZoneName == nil && record.image.outpostArn == nil
          ? record.image.region : nil,
        localZone: record.image.localZoneName, outpostArn: record.image.outpostArn)
    case .snapshot(let record):
      SourceSpec(
        id: record.id,
        region: record.snapshot.availabilityZone == nil && record.snapshot.outpostArn == nil
          ? record.snapshot.region : nil,
        localZone: record.snapshot.availabilityZone, outpostArn: record.snapshot.outpostArn)
    }
  }

  var ownerId: String {
    switch self {
    case .image(let record): record.image.ownerId
    case .snapshot(let record): record.snapshot.ownerId
    }
  }

  var isEncrypted: Bool {
    switch self {
    case .image(let record): record.image.isEncrypted
    case .snapshot(let record): record.snapshot.encrypted
    }
  }

  /// The KMS keys of the source's snapshots, each once.
  var kmsKeyIds: [String] {
    let keys: [String] =
      switch self {
      case .image(let record): record.image.blockDevices.compactMap(\.kmsKeyId)
      case .snapshot(let record): record.snapshot.kmsKeyId.map { [$0] } ?? []
      }
    return keys.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }
}
