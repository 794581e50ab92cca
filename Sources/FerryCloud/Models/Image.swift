import FerryRules

/// An AMI as DescribeImages reports it, with the Region it was listed in.
public struct Image: Sendable, Equatable, Codable {
  public enum State: String, Sendable, Equatable, Codable {
    case pending, available, invalid, deregistered, transient, failed, error, disabled
  }

  public var id: String
  public var name: String
  public var description: String?
  public var state: State
  public var stateReason: String?
  public var ownerId: String
  public var isPublic: Bool
  public var creationDate: String?
  public var architecture: String?
  public var platform: String?
  public var rootDeviceName: String?
  public var blockDevices: [BlockDevice]
  public var tags: [Tag]
  public var sourceImageId: String?
  public var sourceRegion: String?
  /// The Region the image was listed in.
  public var region: String

  public init(
    id: String, name: String, description: String? = nil, state: State, stateReason: String? = nil,
    ownerId: String, isPublic: Bool = false, creationDate: String? = nil, architecture: String? = nil,
    platform: String? = nil, rootDeviceName: String? = nil, blockDevices: [BlockDevice] = [],
    tags: [Tag] = [], sourceImageId: String? = nil, sourceRegion: String? = nil, region: String
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.state = state
    self.stateReason = stateReason
    self.ownerId = ownerId
    self.isPublic = isPublic
    self.creationDate = creationDate
    self.architecture = architecture
    self.platform = platform
    self.rootDeviceName = rootDeviceName
    self.blockDevices = blockDevices
    self.tags = tags
    self.sourceImageId = sourceImageId
    self.sourceRegion = sourceRegion
    self.region = region
  }

  /// The Local Zone the image's snapshots live in, if any (from its EBS block devices).
  public var localZoneName: String? { blockDevices.lazy.compactMap(\.availabilityZone).first }
  /// The Outpost the image's snapshots live on, if any.
  public var outpostArn: String? { blockDevices.lazy.compactMap(\.outpostArn).first }
  /// True when any EBS snapshot of the image is encrypted.
  public var isEncrypted: Bool { blockDevices.contains { $0.encrypted == true } }
}

/// One block device mapping of an AMI (only the EBS parts ferry needs).
public struct BlockDevice: Sendable, Equatable, Codable {
  public var deviceName: String
  public var snapshotId: String?
  public var volumeSize: Int?
  public var volumeType: String?
  public var encrypted: Bool?
  public var kmsKeyId: String?
  public var outpostArn: String?
  public var availabilityZone: String?

  public init(
    deviceName: String, snapshotId: String? = nil, volumeSize: Int? = nil, volumeType: String? = nil,
    encrypted: Bool? = nil, kmsKeyId: String? = nil, outpostArn: String? = nil, availabilityZone: String? = nil
  ) {
    self.deviceName = deviceName
    self.snapshotId = snapshotId
    self.volumeSize = volumeSize
    self.volumeType = volumeType
    self.encrypted = encrypted
    self.kmsKeyId = kmsKeyId
    self.outpostArn = outpostArn
    self.availabilityZone = availabilityZone
  }
}
