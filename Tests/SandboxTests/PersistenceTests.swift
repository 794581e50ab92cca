import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

// MARK: - Across restarts

@Test func aCopyStartedInOneRunIsFollowedInTheNext() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  let clock = TestClock()
  let first = SandboxAccount(directory: directory, now: clock.function)
  let outcome = try await first.copy(copySnapshotCall(to: "eu-west-1"))
  let image = try await first.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("persist-1")]))
  clock.advance(10)

  let second = SandboxAccount(directory: directory, now: clock.function)
  let midway = try #require(try await second.snapshot(outcome.resourceId, in: "eu-west-1"))
  #expect(midway.state == .pending && midway.progress == 47)
  // The token was kept too: a retry after the restart returns the same copy.
  #expect(
    try await second.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("persist-1")])).resourceId
      == image.resourceId)
  clock.advance(20)
  #expect(try await second.snapshot(outcome.resourceId, in: "eu-west-1")?.state == .completed)
}

@Test func twoAccountsOnOneDirectorySeeEachOthersChanges() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  let clock = TestClock()
  let one = SandboxAccount(directory: directory, now: clock.function)
  let other = SandboxAccount(directory: directory, now: clock.function)
  let a = try await one.copy(copySnapshotCall(to: "eu-west-1"))
  let b = try await other.copy(copySnapshotCall(to: "eu-west-1"))
  #expect(a.resourceId != b.resourceId)
  #expect(try await one.snapshot(b.resourceId, in: "eu-west-1") != nil)
  try await one.deleteSnapshot(b.resourceId, in: "eu-west-1")
  #expect(
    await awsError { _ = try await other.snapshot(b.resourceId, in: "eu-west-1") }?.code == "InvalidSnapshot.NotFound")
}

@Test func concurrentCopiesFromManyTasksAllLand() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  let clock = TestClock()
  let accounts = (0..<4).map { _ in SandboxAccount(directory: directory, now: clock.function) }
  let ids = try await withThrowingTaskGroup(of: String.self) { group in
    for (index, account) in accounts.enumerated() {
      group.addTask {
        try await account.copy(copySnapshotCall(to: "us-west-2", extra: ["Description": .string("copy \(index)")]))
          .resourceId
      }
    }
    return try await group.reduce(into: Set<String>()) { $0.insert($1) }
  }
  #expect(ids.count == 4)
  let listed = try await accounts[0].snapshots(
    in: "us-west-2", query: SnapshotQuery(snapshotIds: Array(ids)), nextToken: nil)
  #expect(listed.items.count == 4)
}

// MARK: - Files

@Test func theDirectoryAndFileArePrivate() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  _ = try await SandboxAccount(directory: directory, now: TestClock().function).copy(copySnapshotCall(to: "eu-west-1"))
  let directoryMode = try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int
  let fileMode =
    try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("state.json").path)[
      .posixPermissions] as? Int
  #expect(directoryMode == 0o700)
  #expect(fileMode == 0o600)
  let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp") }
  #expect(leftovers.isEmpty)
}

@Test func aCorruptStateFileIsSetAsideAndAFreshWorldStarts() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  try Data("{\"formatVersion\": 1, \"images\": [tru".utf8).write(to: directory.appendingPathComponent("state.json"))

  let sandbox = SandboxAccount(directory: directory, now: TestClock().function)
  let images = try await sandbox.allImages(in: "us-east-1", query: ImageQuery(owners: ["self"]))
  #expect(images.count == 12)
  let notes = await sandbox.notes()
  #expect(notes.count == 1)
  #expect(notes.first?.contains("could not be read; it was moved to \(directory.path)/state.json.corrupt-") == true)
  let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  #expect(files.contains("state.json"))
  #expect(files.contains { $0.hasPrefix("state.json.corrupt-") })
}

@Test func aStateFileOfAnotherFormatVersionIsSetAsideToo() async throws {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  try Data("{\"formatVersion\": 99, \"idCounter\": 1, \"images\": [], \"snapshots\": [], \"tokens\": []}".utf8)
    .write(to: directory.appendingPathComponent("state.json"))
  let sandbox = SandboxAccount(directory: directory, now: TestClock().function)
  #expect(try await sandbox.image(SandboxSeed.webServerImage, in: "us-east-1") != nil)
  #expect(await sandbox.notes().count == 1)
}

@Test func anUnwritableDirectoryIsAnErrorNotACrash() async throws {
  let error = await awsError {
    _ = try await SandboxAccount(directory: URL(fileURLWithPath: "/proc/ferry-sandbox"), now: TestClock().function)
      .images(in: "us-east-1", query: ImageQuery(), nextToken: nil)
  }
  #expect(error?.code == "SandboxStateUnavailable")
  #expect(error?.kind == .configuration)
}

// MARK: - Default directory

/// The XDG rules themselves are FerryDirectoriesTests'; here, that the sandbox sits in the state directory.
@Test func theDefaultDirectoryIsInTheStateDirectory() throws {
  #expect(
    try SandboxAccount.defaultDirectory(environment: ["HOME": "/home/op"]).path == "/home/op/.local/state/ferry/sandbox"
  )
  #expect(throws: FerryDirectoryError(kind: .state)) { try SandboxAccount.defaultDirectory(environment: [:]) }
  #expect(
    try SandboxAccount.defaultDirectory(environment: ["HOME": "/home/op", "FERRY_SANDBOX_DIR": "/srv/shared/sandbox/"])
      .path == "/srv/shared/sandbox")
  // Set, it needs no home: a shared account for hosts with none.
  #expect(try SandboxAccount.defaultDirectory(environment: ["FERRY_SANDBOX_DIR": "/srv/a/../b"]).path == "/srv/b")
  #expect(
    try SandboxAccount.defaultDirectory(environment: ["HOME": "/home/op", "FERRY_SANDBOX_DIR": ""]).path
      == "/home/op/.local/state/ferry/sandbox")
}
