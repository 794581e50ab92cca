import FerryCloud
import FerryRules
import Foundation

/// The concurrent-copy quotas the sandbox enforces per destination Region.
///
/// Snapshot copies: 20 per destination Region, not adjustable (EBS quotas); the snapshots of AMI
/// copies in flight count too, as they are snapshot copies. AMI copies: 50 per destination Region
/// (the figure EC2's documentation gave; newer pages give none). A call over the limit fails with
/// `ResourceLimitExceeded`, as EC2's does.
public struct SandboxLimits: Sendable, Equatable {
  public var concurrentSnapshotCopies: Int
  public var concurrentImageCopies: Int

  public init(concurrentSnapshotCopies: Int = 20, concurrentImageCopies: Int = 50) {
    self.concurrentSnapshotCopies = concurrentSnapshotCopies
    self.concurrentImageCopies = concurrentImageCopies
  }

  func check(_ operation: FerryRules.Operation, region: String, state: SandboxState, now: Date) throws(AWSError) {
    switch operation {
    case .copySnapshot:
      let running = state.snapshots.filter { $0.snapshot.region == region && $0.isCopying(at: now) }.count
      guard running < concurrentSnapshotCopies else {
        throw EC2Errors.service(
          "ResourceLimitExceeded",
          "Too many snapshot copies in progress. The limit is \(concurrentSnapshotCopies) for this destination region.")
      }
    case .copyImage:
      let snapshots = state.snapshotsByID
      let running = state.images.filter {
        $0.image.region == region && $0.isCopying(at: now, snapshots: snapshots)
      }.count
      guard running < concurrentImageCopies else {
        throw EC2Errors.service(
          "ResourceLimitExceeded",
          "Too many AMI copies in progress. The limit is \(concurrentImageCopies) for this destination region.")
      }
    }
  }
}
