import FerryRules

/// What the preflight checks of one copy need: its planned call and what is known of its source.
public struct PreflightInput: Sendable, Equatable {
  public var call: APICall
  public var sourceRegion: String
  /// KMS keys of the source's encrypted snapshots, to check they can still be read.
  public var sourceKeyIds: [String]
  /// The new AMI's name, to check none with that name exists in the destination.
  public var imageName: String?

  public init(call: APICall, sourceRegion: String, sourceKeyIds: [String], imageName: String?) {
    self.call = call
    self.sourceRegion = sourceRegion
    self.sourceKeyIds = sourceKeyIds
    self.imageName = imageName
  }

  /// The input for one planned copy: its call, its source's Region and keys, the AMI name it sends.
  ///
  /// Pure. `nil` when the plan has no call (it has an error already).
  public init?(plan: Plan, facts: SourceFacts?) {
    guard let call = plan.call else { return nil }
    var name: String?
    if case .string(let text)? = call.parameters["Name"] { name = text }
    self.init(
      call: call, sourceRegion: PlannedCall.sourceRegion(of: call), sourceKeyIds: facts?.kmsKeyIds ?? [],
      imageName: call.operation == .copyImage ? name : nil)
  }
}
