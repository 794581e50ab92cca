import FerryCloud
import Foundation

/// DeregisterImage and DeleteSnapshot on the sandbox state: how a pending copy is cancelled.
///
/// Deregistering a pending AMI copy stops it: the AMI turns `deregistered` and its snapshots that
/// have not completed are removed (completed ones stay, as EC2 keeps an AMI's snapshots). Deleting a
/// pending snapshot copy removes it. A snapshot an AMI still uses cannot be deleted. Pure.
struct Removal {
  var accountId: String
  var now: Date

  func deregister(_ imageId: String, in region: String, state: inout SandboxState) throws(AWSError) {
    guard imageId.hasPrefix("ami-") else { throw EC2Errors.imageMalformed(imageId) }
    guard
      let index = state.images.firstIndex(where: {
        $0.id == imageId && $0.image.region == region && Visibility.canSee($0, accountId: accountId)
      })
    else { throw EC2Errors.imageNotFound([imageId]) }
    guard state.images[index].image.ownerId == accountId else { throw EC2Errors.notAuthorized() }
    guard state.images[index].deregisteredAt == nil else { throw EC2Errors.imageUnavailable(imageId) }
    state.images[index].deregisteredAt = now
    state.snapshots.removeAll { $0.forImageCopy == imageId && $0.described(at: now).state != .completed }
  }

  func delete(_ snapshotId: String, in region: String, state: inout SandboxState) throws(AWSError) {
    guard snapshotId.hasPrefix("snap-") else { throw EC2Errors.snapshotMalformed(snapshotId) }
    guard
      let index = state.snapshots.firstIndex(where: {
        $0.id == snapshotId && $0.snapshot.region == region && Visibility.canSee($0, accountId: accountId)
      })
    else { throw EC2Errors.snapshotNotFound(snapshotId) }
    guard state.snapshots[index].snapshot.ownerId == accountId else { throw EC2Errors.notAuthorized() }
    let user = state.images.first { image in
      image.deregisteredAt == nil && image.image.blockDevices.contains { $0.snapshotId == snapshotId }
    }
    if let user { throw EC2Errors.snapshotInUse(snapshotId, by: user.id) }
    state.snapshots.remove(at: index)
  }
}
