import FerryRules

/// How many copies may be in flight at once into one destination Region, by kind.
///
/// EBS allows 20 concurrent snapshot copies per destination Region (not adjustable); AMI copies are
/// limited too (50 in older documents, 100 in later ones, unstated today), so the default is the
/// cautious 50 and a `ResourceLimitExceeded` answer requeues the copy anyway.
/// Sources: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-resource-quotas.html,
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html
public struct FanOutLimits: Sendable, Equatable {
  public var snapshotCopiesPerRegion: Int
  public var imageCopiesPerRegion: Int
  /// The first pause before a copy refused with `ResourceLimitExceeded` is tried again; it doubles
  /// with each refusal up to `maximumRequeueDelay`.
  public var requeueDelay: Duration
  public var maximumRequeueDelay: Duration
  /// How many Copy calls may wait for their answers at once, over all Regions: a fan-out to 16 places
  /// costs one round trip of sending instead of 16, without opening a connection per copy of a
  /// thousand-copy runbook.
  public var sendsAtOnce: Int

  public init(
    snapshotCopiesPerRegion: Int = 20, imageCopiesPerRegion: Int = 50,
    requeueDelay: Duration = .seconds(15), maximumRequeueDelay: Duration = .seconds(300), sendsAtOnce: Int = 16
  ) {
    self.snapshotCopiesPerRegion = snapshotCopiesPerRegion
    self.imageCopiesPerRegion = imageCopiesPerRegion
    self.requeueDelay = requeueDelay
    self.maximumRequeueDelay = maximumRequeueDelay
    self.sendsAtOnce = max(1, sendsAtOnce)
  }

  public func limit(for resource: Resource) -> Int {
    resource == .image ? imageCopiesPerRegion : snapshotCopiesPerRegion
  }
}
