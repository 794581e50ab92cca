import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Synchronization

/// A clock tests move by hand: copies progress only when a test advances it.
final class TestClock: Sendable {
  private let current: Mutex<Date>

  init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = Mutex(start) }

  var now: Date { current.withLock { $0 } }
  func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
  var function: @Sendable () -> Date { { [self] in now } }
}

/// A fresh directory under the system's temporary directory, for one test's state.
func temporaryDirectory() -> URL {
  FileManager.default.temporaryDirectory.appendingPathComponent("ferry-sandbox-tests-\(UUID().uuidString)")
}

/// A sandbox kept in memory, on a test clock.
func memorySandbox(_ clock: TestClock, limits: SandboxLimits = SandboxLimits()) -> SandboxAccount {
  SandboxAccount(directory: nil, now: clock.function, limits: limits)
}

/// A CopyImage call as the planner would send it.
func copyImageCall(
  to region: String, source: String = SandboxSeed.webServerImage, sourceRegion: String = "us-east-1",
  name: String = "web-server-copy", extra: [String: APIValue] = [:]
) -> APICall {
  var parameters: [String: APIValue] = [
    "SourceImageId": .string(source), "SourceRegion": .string(sourceRegion), "Name": .string(name),
  ]
  parameters.merge(extra) { _, new in new }
  return APICall(operation: .copyImage, region: region, parameters: parameters)
}

/// A CopySnapshot call as the planner would send it.
func copySnapshotCall(
  to region: String, source: String = SandboxSeed.backupSnapshot, sourceRegion: String = "us-east-1",
  extra: [String: APIValue] = [:]
) -> APICall {
  var parameters: [String: APIValue] = ["SourceSnapshotId": .string(source), "SourceRegion": .string(sourceRegion)]
  parameters.merge(extra) { _, new in new }
  return APICall(operation: .copySnapshot, region: region, parameters: parameters)
}

/// TagSpecifications for one resource type.
func tagSpecification(_ type: String, _ tags: [(String, String)]) -> APIValue {
  .structure([
    "ResourceType": .string(type),
    "Tags": .list(tags.map { .structure(["Key": .string($0.0), "Value": .string($0.1)]) }),
  ])
}

extension SandboxAccount {
  /// One image by id, as DescribeImages reports it.
  func image(_ id: String, in region: String) async throws -> Image? {
    try await images(in: region, query: ImageQuery(imageIds: [id]), nextToken: nil).items.first
  }

  /// One snapshot by id, as DescribeSnapshots reports it.
  func snapshot(_ id: String, in region: String) async throws -> Snapshot? {
    try await snapshots(in: region, query: SnapshotQuery(snapshotIds: [id]), nextToken: nil).items.first
  }

  /// Every page of a listing, following NextToken.
  func allImages(in region: String, query: ImageQuery) async throws -> [Image] {
    var token: String?
    var result: [Image] = []
    repeat {
      let page = try await images(in: region, query: query, nextToken: token)
      result += page.items
      token = page.nextToken
    } while token != nil
    return result
  }
}

/// The AWSError a call throws, or nil when it throws none (or another kind of error).
func awsError(_ body: () async throws -> Void) async -> AWSError? {
  do {
    try await body()
    return nil
  } catch let error as AWSError {
    return error
  } catch {
    return nil
  }
}
