import FerryCloud
import Foundation

/// A snapshot as the sandbox stores it: what DescribeSnapshots shows, plus who may use it and,
/// for a copy, the job that produces it.
struct SnapshotRecord: Sendable, Equatable, Codable {
  var snapshot: Snapshot
  /// Accounts the owner shared the snapshot with (CreateVolumePermission).
  var sharedWith: [String] = []
  /// Set for snapshots made by a copy; their state is worked out from it.
  var copy: CopyJob?
  /// The AMI copy this snapshot belongs to, if any.
  var forImageCopy: String?

  var id: String { snapshot.id }

  /// The snapshot as it stands at `now`: a copy's state and progress follow its job.
  func described(at now: Date) -> Snapshot {
    guard let copy else { return snapshot }
    var result = snapshot
    let (status, progress) = copy.status(at: now)
    result.progress = progress
    switch status {
    case .running: result.state = .pending
    case .done: result.state = .completed
    case .failed(let message):
      result.state = .error
      result.stateMessage = message
    }
    return result
  }

  /// True while a copy is still moving data: it counts against the concurrent-copy limit.
  func isCopying(at now: Date) -> Bool {
    guard let copy else { return false }
    return copy.status(at: now).state == .running
  }
}
