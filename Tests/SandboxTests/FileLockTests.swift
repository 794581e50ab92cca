import FerryCloud
import Foundation
import Testing

@testable import Sandbox

// MARK: - Another process sees the lock

/// Runs util-linux's `flock -n PATH true`: exit status 0 when it got the lock, 1 when another holder has it.
private func tryLockFromAnotherProcess(_ path: String) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
  process.arguments = ["-n", path, "true"]
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}

@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
func anotherProcessCannotTakeTheLockWhileItIsHeld() throws {
  let directory = temporaryDirectory()
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let path = directory.appendingPathComponent("state.lock").path
  let whileHeld = try FileLock(path: path).withLock { () throws(AWSError) -> Int32 in
    do { return try tryLockFromAnotherProcess(path) } catch { return -1 }
  }
  #expect(whileHeld == 1)
  #expect(try tryLockFromAnotherProcess(path) == 0)
}
