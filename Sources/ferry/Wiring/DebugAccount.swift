import AWSClient
import FerryCloud
import FerryRules
import Foundation

/// Wraps the sandbox to write each call, its Region, its time and its outcome to the `--debug` log.
///
/// The live account logs whole requests and responses itself (redacted); the sandbox has no wire, so
/// this records operation names, Regions, id counts and error codes — never parameters. It writes to
/// the log file, never to the terminal, so it cannot disturb the TUI's screen.
struct DebugAccount: AWSAccount {
  let base: any AWSAccount
  let log: WireLog

  private func traced<T>(_ operation: String, _ region: String, _ call: () async throws -> T) async throws -> T {
    let start = ContinuousClock.now
    do {
      let result = try await call()
      log.note("\(region) ok in \(milliseconds(since: start)) ms", operation: operation)
      return result
    } catch let error as AWSError {
      log.note("\(region) \(error.code) in \(milliseconds(since: start)) ms", operation: operation)
      throw error
    }
  }

  private func milliseconds(since start: ContinuousClock.Instant) -> Int {
    Int((ContinuousClock.now - start).seconds * 1000)
  }

  func identity() async throws -> AccountIdentity { try await traced("Identity", "-") { try await base.identity() } }
  func regions(from region: String) async throws -> [RegionEntry] {
    try await traced("DescribeRegions", region) { try await base.regions(from: region) }
  }
  func zones(in region: String) async throws -> [Zone] {
    try await traced("DescribeAvailabilityZones", region) { try await base.zones(in: region) }
  }
  func outposts(in region: String) async throws -> [Outpost] {
    try await traced("ListOutposts", region) { try await base.outposts(in: region) }
  }
  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    try await traced("DescribeImages(\(query.imageIds.count) ids)", region) {
      try await base.images(in: region, query: query, nextToken: nextToken)
    }
  }
  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    try await traced("DescribeSnapshots(\(query.snapshotIds.count) ids)", region) {
      try await base.snapshots(in: region, query: query, nextToken: nextToken)
    }
  }
  func copy(_ call: APICall) async throws -> CopyOutcome {
    try await traced(call.operation.rawValue, call.region) { try await base.copy(call) }
  }
  func deregisterImage(_ imageId: String, in region: String) async throws {
    try await traced("DeregisterImage", region) { try await base.deregisterImage(imageId, in: region) }
  }
  func deleteSnapshot(_ snapshotId: String, in region: String) async throws {
    try await traced("DeleteSnapshot", region) { try await base.deleteSnapshot(snapshotId, in: region) }
  }
  func kmsKeys(in region: String) async throws -> [KMSKey] {
    try await traced("ListKeys", region) { try await base.kmsKeys(in: region) }
  }
  func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    try await traced("DescribeKey", region) { try await base.describeKey(keyId, in: region) }
  }
}
