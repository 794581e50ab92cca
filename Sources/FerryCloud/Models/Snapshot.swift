import FerryRules

/// An EBS snapshot as DescribeSnapshots reports it, with the Region it was listed in.
public struct Snapshot: Sendable, Equatable, Codable {
  public enum State: String, Sendable, Equatable, Codable {
    case pending, completed, error, recoverable, recovering
  }

  public var id: String
  public var description: String?
  public var state: State
  /// EC2's `StateMessage`, for example "Given key ID is not accessible".
  public var stateMessage: String?
  /// Percent done, from `progress` ("80%").
  public var progress: Int?
  public var ownerId: String
  public var volumeId: String?
  public var volumeSize: Int?
  public var encrypted: Bool
  public var kmsKeyId: String?
  public var startTime: String?
  public var outpostArn: String?
  /// The Local Zone the snapshot lives in, if any.
  public var availabilityZone: String?
  public var tags: [Tag]
  /// The Region the snapshot was listed in.
  public var region: String

  public init(
    id: String, description: String? = nil, state: State, stateMessage: String? = nil, progress: Int? = nil,
    ownerId: String, volumeId: String? = nil, volumeSize: Int? = nil, encrypted: Bool, kmsKeyId: String? = nil,
    startTime: String? = nil, outpostArn: String? = nil, availabilityZone: String? = nil, tags: [Tag] = [],
    region: String
  ) {
    self.id = id
    self.description = description
    self.state = state
    self.stateMessage = stateMessage
    self.progress = progress
    self.ownerId = ownerId
    self.volumeId = volumeId
    self.volumeSize = volumeSize
    self.encrypted = encrypted
    self.kmsKeyId = kmsKeyId
    self.startTime = startTime
    self.outpostArn = outpostArn
    self.availabilityZone = availabilityZone
    self.tags = tags
    self.region = region
  }
}
