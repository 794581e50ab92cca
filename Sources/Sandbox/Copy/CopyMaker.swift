import FerryCloud
import FerryRules
import Foundation

/// Creates the resources an admitted copy produces: a pending snapshot, or a pending AMI with one
/// pending snapshot per EBS volume, each with the job that drives its progress.
///
/// Works on a state value; never performs I/O.
struct CopyMaker {
  var world: SandboxWorld
  var now: Date

  /// A copied snapshot's placeholder volume id, as EBS reports for copies.
  static let copiedVolumeId = "vol-ffffffff"

  func makeSnapshot(
    from source: SnapshotRecord, _ parameters: CopyParameters, to destination: CopyAdmission.Destination,
    in state: inout SandboxState
  ) -> String {
    let id = state.nextID("snap")
    let original = source.snapshot
    let description =
      parameters.description ?? "[Copied \(original.id) from \(parameters.sourceRegion)] \(original.description ?? "")"
    state.snapshots.append(
      newSnapshot(
        id: id, size: original.volumeSize ?? 0, sourceEncrypted: original.encrypted,
        sourceKey: original.kmsKeyId, description: description, parameters, destination))
    return id
  }

  func makeImage(
    from source: ImageRecord, _ parameters: CopyParameters, to destination: CopyAdmission.Destination,
    in state: inout SandboxState
  ) -> String {
    let imageId = state.nextID("ami")
    let originals = state.snapshotsByID
    var devices: [BlockDevice] = []
    for device in source.image.blockDevices {
      guard let sourceSnapshot = device.snapshotId else {
        devices.append(device)
        continue
      }
      let snapshotId = state.nextID("snap")
      let original = originals[sourceSnapshot]?.snapshot
      let description =
        "Copied for DestinationAmi \(imageId) from SourceAmi \(source.id) for SourceSnapshot \(sourceSnapshot). "
        + "Task created on \(Self.groupedMilliseconds(now))."
      var record = newSnapshot(
        id: snapshotId, size: device.volumeSize ?? original?.volumeSize ?? 0,
        sourceEncrypted: device.encrypted ?? original?.encrypted ?? false,
        sourceKey: device.kmsKeyId ?? original?.kmsKeyId, description: description, parameters, destination)
      record.forImageCopy = imageId
      state.snapshots.append(record)
      devices.append(
        BlockDevice(
          deviceName: device.deviceName, snapshotId: snapshotId, volumeSize: device.volumeSize,
          volumeType: device.volumeType, encrypted: record.snapshot.encrypted, kmsKeyId: record.snapshot.kmsKeyId,
          outpostArn: destination.outpost?.arn, availabilityZone: destination.zone?.name))
    }
    let image = Image(
      id: imageId, name: parameters.name ?? source.image.name, description: parameters.description,
      state: .pending, ownerId: world.accountId, creationDate: EC2Time.string(now),
      architecture: source.image.architecture, platform: source.image.platform,
      rootDeviceName: source.image.rootDeviceName, blockDevices: devices, tags: imageTags(source, parameters),
      sourceImageId: source.id, sourceRegion: parameters.sourceRegion, region: destination.region)
    state.images.append(ImageRecord(image: image, copyStartedAt: now))
    return imageId
  }

  // MARK: - Pieces

  private func newSnapshot(
    id: String, size: Int, sourceEncrypted: Bool, sourceKey: String?, description: String,
    _ parameters: CopyParameters, _ destination: CopyAdmission.Destination
  ) -> SnapshotRecord {
    let encryption = CopyEncryption(
      sourceEncrypted: sourceEncrypted, sourceKeyArn: sourceKey, parameters: parameters,
      destination: destination, world: world)
    let job = CopyJob(
      startedAt: now,
      durationSeconds: CopyTiming.seconds(sizeGiB: size, completionMinutes: parameters.completionMinutes),
      failure: encryption.failure.map { CopyJob.Failure(atFraction: CopyTiming.failureFraction, message: $0) })
    let snapshot = Snapshot(
      id: id, description: description, state: .pending, progress: 0, ownerId: world.accountId,
      volumeId: Self.copiedVolumeId, volumeSize: size, encrypted: encryption.encrypted,
      kmsKeyId: encryption.kmsKeyId, startTime: EC2Time.string(now), outpostArn: destination.outpost?.arn,
      availabilityZone: destination.zone?.name, tags: parameters.tags(for: "snapshot"), region: destination.region)
    return SnapshotRecord(snapshot: snapshot, copy: job)
  }

  /// CopyImageTags copies the source's user tags (never `aws:` ones, never tags another account set);
  /// TagSpecifications for `image` are added, overriding a copied tag with the same key.
  private func imageTags(_ source: ImageRecord, _ parameters: CopyParameters) -> [Tag] {
    let requested = parameters.tags(for: "image")
    guard parameters.copyImageTags == true, source.image.ownerId == world.accountId else { return requested }
    let overridden = Set(requested.map(\.key))
    let copied = source.image.tags.filter { !$0.key.hasPrefix("aws:") && !overridden.contains($0.key) }
    return copied + requested
  }

  /// EC2 writes the task's creation time in milliseconds with thousands separators.
  static func groupedMilliseconds(_ date: Date) -> String {
    let digits = Array(String(Int64((date.timeIntervalSince1970 * 1000).rounded())))
    var groups: [String] = []
    var end = digits.count
    while end > 0 {
      let start = max(0, end - 3)
      groups.insert(String(digits[start..<end]), at: 0)
      end = start
    }
    return groups.joined(separator: ",")
  }
}
