import FerryCloud
import FerryRules

/// Turns the seed tables into the records of a fresh sandbox state.
///
/// Pure and deterministic: the same seed gives the same state, byte for byte.
struct SeedBuilder {
  var world: SandboxWorld

  func state(images: [SeedSpec.Image], snapshots: [SeedSpec.Snapshot]) -> SandboxState {
    var imageRecords: [ImageRecord] = []
    var snapshotRecords: [SnapshotRecord] = []
    for spec in images {
      let (record, backing) = build(spec)
      imageRecords.append(record)
      snapshotRecords += backing
    }
    snapshotRecords += snapshots.map(build)
    return SandboxState(images: imageRecords, snapshots: snapshotRecords)
  }

  private func build(_ spec: SeedSpec.Image) -> (ImageRecord, [SnapshotRecord]) {
    let keyArn = keyArn(spec.encryption, region: spec.region)
    let (zone, outpost) = placement(spec.place)
    let devices = spec.volumes.map { volume in
      BlockDevice(
        deviceName: volume.device, snapshotId: volume.snapshotId, volumeSize: volume.size,
        volumeType: volume.type, encrypted: keyArn != nil, kmsKeyId: keyArn, outpostArn: outpost,
        availabilityZone: zone)
    }
    let image = Image(
      id: spec.id, name: spec.name, description: spec.description, state: spec.state,
      stateReason: spec.stateReason, ownerId: spec.owner, isPublic: spec.isPublic, creationDate: spec.created,
      architecture: spec.architecture, platform: spec.platform, rootDeviceName: spec.volumes.first?.device,
      blockDevices: devices, tags: tags(spec.tags), sourceImageId: spec.copiedFrom?.image,
      sourceRegion: spec.copiedFrom?.region, region: spec.region)
    let record = ImageRecord(
      image: image, ownerAlias: spec.ownerAlias, sharedWith: spec.sharedWith, productCodes: spec.productCodes,
      storageShared: spec.storageShared)
    let instance = "i-0" + StableID.hex(StableID.mix(StableID.hash(spec.id)), width: 16)
    let backing = spec.volumes.enumerated().map { index, volume in
      SnapshotRecord(
        snapshot: Snapshot(
          id: volume.snapshotId, description: "Created by CreateImage(\(instance)) for \(spec.id)",
          state: .completed, progress: 100, ownerId: spec.owner, volumeId: volumeId(spec.id, index),
          volumeSize: volume.size, encrypted: keyArn != nil, kmsKeyId: keyArn, startTime: spec.created,
          outpostArn: outpost, availabilityZone: zone, region: spec.region),
        sharedWith: spec.storageShared ? spec.sharedWith : [])
    }
    return (record, backing)
  }

  private func build(_ spec: SeedSpec.Snapshot) -> SnapshotRecord {
    let keyArn = keyArn(spec.encryption, region: spec.region)
    let (zone, outpost) = placement(spec.place)
    return SnapshotRecord(
      snapshot: Snapshot(
        id: spec.id, description: spec.description, state: .completed, progress: 100, ownerId: spec.owner,
        volumeId: spec.volumeId, volumeSize: spec.size, encrypted: keyArn != nil, kmsKeyId: keyArn,
        startTime: spec.started, outpostArn: outpost, availabilityZone: zone, tags: tags(spec.tags),
        region: spec.region),
      sharedWith: spec.sharedWith)
  }

  private func keyArn(_ encryption: SeedSpec.Encryption, region: String) -> String? {
    switch encryption {
    case .none: nil
    case .key(let alias): world.ownKey(alias, in: region)?.key.arn
    case .foreignKey(let arn): arn
    }
  }

  private func placement(_ place: SeedSpec.Place) -> (zone: String?, outpost: String?) {
    switch place {
    case .region: (nil, nil)
    case .localZone(let name): (name, nil)
    case .outpost(let arn): (nil, arn)
    }
  }

  private func volumeId(_ imageId: String, _ index: Int) -> String {
    "vol-0" + StableID.hex(StableID.mix(StableID.hash(imageId) &+ UInt64(index)), width: 16)
  }

  /// Tags sorted by key, so the seed's dictionaries give a stable order.
  private func tags(_ tags: [String: String]) -> [Tag] {
    tags.sorted { $0.key < $1.key }.map { Tag(key: $0.key, value: $0.value) }
  }
}
