import FerryCloud
import Foundation

/// Everything in the sandbox that changes: AMIs, snapshots, used client tokens, the id counter.
///
/// This is the value persisted as JSON under the state directory. It is plain data: the logic that
/// reads and changes it lives in the listing and copy types.
struct SandboxState: Sendable, Equatable, Codable {
  /// Bumped whenever the stored shape changes; a file with another version is set aside.
  static let formatVersion = 1

  /// A ClientToken already used in one Region: the parameters it was used with, and what it made.
  struct TokenRecord: Sendable, Equatable, Codable {
    var region: String
    var operation: String
    var token: String
    var fingerprint: String
    var resourceId: String
  }

  var formatVersion: Int = SandboxState.formatVersion
  /// Source of new `ami-`/`snap-` ids.
  var idCounter: UInt64 = 1
  var images: [ImageRecord]
  var snapshots: [SnapshotRecord]
  var tokens: [TokenRecord] = []

  mutating func nextID(_ prefix: String) -> String {
    defer { idCounter += 1 }
    return StableID.resource(prefix, counter: idCounter)
  }

  /// Snapshots by id, for working out image states.
  var snapshotsByID: [String: SnapshotRecord] {
    Dictionary(snapshots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Forgets deregistered AMIs once EC2 would no longer describe them, so the file does not grow
  /// with every cancelled or replaced copy.
  mutating func forgetDeregistered(at now: Date, after seconds: TimeInterval) {
    images.removeAll { record in record.deregisteredAt.map { now.timeIntervalSince($0) >= seconds } ?? false }
  }
}
