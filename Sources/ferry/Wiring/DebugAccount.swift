import FerryCloud
import FerryRules
import Foundation

/// Wraps an account to print each call, its Region, its time and its outcome on stderr (`--debug`).
///
/// Prints operation names, Regions, ids counts and AWS error codes only — never parameters, so no
/// token, key or presigned URL can reach a log.
struct DebugAccount: AWSAccount {
  let base: any AWSAccount

  private func traced<T>(_ operation: String, _ region: String, _ call: () async throws -> T) async throws -> T {
    let start = ContinuousClock.now
    do {
      let result = try await call()
      StandardError.line("ferry: debug: \(operation) \(region) ok in \(milliseconds(since: start)) ms")
      return result
    } catch let error as AWSError {
      StandardError.line("ferry: debug: \(operation) \(region) \(error.code) in \(milliseconds(since: start)) ms")
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
