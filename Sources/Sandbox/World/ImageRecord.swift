import FerryCloud
import Foundation

/// An AMI as the sandbox stores it: what DescribeImages shows, plus sharing, marketplace codes and,
/// for a copy, when it started.
struct ImageRecord: Sendable, Equatable, Codable {
  var image: Image
  /// `amazon`, `aws-marketplace`, or nil (DescribeImages' ImageOwnerAlias).
  var ownerAlias: String?
  /// Accounts the owner gave launch permission to.
  var sharedWith: [String] = []
  /// Marketplace product codes: such an AMI cannot be copied.
  var productCodes: [String] = []
  /// False when the owner shared the AMI but not its snapshots: copies are refused.
  var storageShared: Bool = true
  /// Set for AMIs made by a copy: the state follows their snapshots.
  var copyStartedAt: Date?
  /// When DeregisterImage was called.
  var deregisteredAt: Date?

  var id: String { image.id }

  /// Seconds between the last snapshot completing and the AMI becoming `available`.
  static let registrationSeconds: Double = 3

  /// The AMI as it stands at `now`, given the snapshots of the store.
  func described(at now: Date, snapshots: [String: SnapshotRecord]) -> Image {
    var result = image
    if deregisteredAt != nil {
      result.state = .deregistered
      return result
    }
    guard copyStartedAt != nil else { return result }
    let statuses = image.blockDevices.compactMap { $0.snapshotId.flatMap { snapshots[$0]?.copy } }
      .map { ($0, $0.status(at: now).state) }
    // One failed snapshot fails the AMI at once, even while others are still copying.
    for case (_, .failed(let message)) in statuses {
      result.state = .failed
      result.stateReason = message
      return result
    }
    if statuses.contains(where: { $0.1 == .running }) {
      result.state = .pending
      return result
    }
    let end = statuses.map(\.0.endsAt).max() ?? copyStartedAt ?? now
    let ready = now.timeIntervalSince(end) >= Self.registrationSeconds
    result.state = ready ? .available : .pending
    return result
  }

  /// True while the copy is still moving data: it counts against the concurrent AMI copy limit.
  func isCopying(at now: Date, snapshots: [String: SnapshotRecord]) -> Bool {
    copyStartedAt != nil && described(at: now, snapshots: snapshots).state == .pending
  }
}
