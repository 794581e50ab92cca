import FerryCloud
import FerryRules
import Foundation
import FuzzSupport
import Sandbox

/// Where and when the sandbox under test lives.
enum Setting {
  /// The state directory the target writes into, one per fuzzing process.
  static let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("ferry-fuzz-sandbox-\(ProcessInfo.processInfo.processIdentifier)")
  static let stateFile = directory.appendingPathComponent("state.json")
  /// A fixed clock, so a run is repeatable and progress is worked out the same way every time.
  static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_000_000) }
}

/// Fuzz target: the sandbox's state file (`$XDG_STATE_HOME/ferry/sandbox/state.json`), read by a
/// `SandboxAccount` that then lists, copies and cancels over whatever it decoded.
///
/// Invariant: whatever the account writes back, a second account reads without setting it aside.
func fuzzSandbox(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  do {
    try FileManager.default.createDirectory(at: Setting.directory, withIntermediateDirectories: true)
    try input.data.write(to: Setting.stateFile)
  } catch {
    invariant(false, "cannot write \(Setting.stateFile.path): \(error)")
  }
  runBlocking {
    let account = SandboxAccount(directory: Setting.directory, now: Setting.clock)
    let home = SandboxSeed.homeRegion
    let images = try? await account.images(in: home, query: ImageQuery(), nextToken: nil)
    let snapshots = try? await account.snapshots(in: home, query: SnapshotQuery(), nextToken: nil)
    for image in images?.items ?? [] { invariant(image.region == home, "image \(image.id) listed in \(image.region)") }
    if let snapshot = snapshots?.items.first {
      let call = APICall(
        operation: .copySnapshot, region: "eu-west-1",
        parameters: ["SourceSnapshotId": .string(snapshot.id), "SourceRegion": .string(home)])
      if let outcome = try? await account.copy(call) {
        _ = try? await account.snapshots(
          in: "eu-west-1", query: SnapshotQuery(snapshotIds: [outcome.resourceId]), nextToken: nil)
        _ = try? await account.deleteSnapshot(outcome.resourceId, in: "eu-west-1")
      }
    }
    if let image = images?.items.first {
      _ = try? await account.deregisterImage(image.id, in: home)
    }

    let again = SandboxAccount(directory: Setting.directory, now: Setting.clock)
    _ = try? await again.images(in: home, query: ImageQuery(), nextToken: nil)
    let notes = await again.notes()
    invariant(notes.isEmpty, "the state the sandbox wrote does not read back: \(notes)")
  }
  return 0
}

exit(runFuzzer(fuzzSandbox))
