import FerryRules

/// What the preflight checks need, taken from the plan and the chosen source.
public struct PreflightInput: Sendable, Equatable {
  public var call: APICall
  public var sourceRegion: String
  /// KMS keys of the source's encrypted snapshots, to check they are accessible.
  public var sourceKeyIds: [String]
  /// The new AMI's name, to check none with that name exists in the destination.
  public var imageName: String?

  public init(call: APICall, sourceRegion: String, sourceKeyIds: [String], imageName: String?) {
    self.call = call
    self.sourceRegion = sourceRegion
    self.sourceKeyIds = sourceKeyIds
    self.imageName = imageName
  }
}
