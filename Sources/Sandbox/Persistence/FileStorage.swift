import FerryCloud
import Foundation
// ferry runs on Linux: flock, stat's st_mtim and the raw descriptor calls come from Glibc.
import Glibc

/// The sandbox state as a JSON file in a directory: `state.json`, guarded by `state.lock`.
///
/// - The directory is created with mode 0700 and the file written with mode 0600.
/// - Writes are atomic: a temporary file in the same directory, fsync, then rename over the old one.
/// - Every read and read-modify-write holds the `flock` and re-reads the file when it changed
///   (by inode, size and modification time), so two ferry processes can share one directory.
/// - A file that cannot be decoded is moved aside as `state.json.corrupt-TIMESTAMP`, a note says so,
///   and a fresh world is written: ferry never crashes on it.
/// Blocks its caller for the duration of the file I/O.
final class FileStorage: StateStorage {
  let directory: URL
  private let now: @Sendable () -> Date
  private var cached: (identity: FileIdentity, state: SandboxState)?
  private(set) var notes: [String] = []

  var stateFile: URL { directory.appendingPathComponent("state.json") }
  private var lock: FileLock { FileLock(path: directory.appendingPathComponent("state.lock").path) }

  init(directory: URL, now: @escaping @Sendable () -> Date) {
    self.directory = directory
    self.now = now
  }

  func read(seed: () -> SandboxState) throws(AWSError) -> SandboxState {
    try prepareDirectory()
    return try lock.withLock { () throws(AWSError) -> SandboxState in try load(seed: seed) }
  }

  func update<Result>(
    seed: () -> SandboxState, _ change: (inout SandboxState) throws(AWSError) -> Result
  ) throws(AWSError) -> Result {
    try prepareDirectory()
    return try lock.withLock { () throws(AWSError) -> Result in
      var state = try load(seed: seed)
      let result = try change(&state)
      try write(state)
      return result
    }
  }

  // MARK: - Reading

  /// The state on disk (from the cache when the file has not changed), creating it when missing.
  private func load(seed: () -> SandboxState) throws(AWSError) -> SandboxState {
    guard let identity = FileIdentity(path: stateFile.path) else {
      let fresh = seed()
      try write(fresh)
      return fresh
    }
    if let cached, cached.identity == identity { return cached.state }
    let data: Data
    do {
      data = try Data(contentsOf: stateFile)
    } catch {
      throw StateFileError.io("read \(stateFile.path)", errno == 0 ? EIO : errno)
    }
    if let state = try? JSONDecoder().decode(SandboxState.self, from: data),
      state.formatVersion == SandboxState.formatVersion
    {
      cached = (identity, state)
      return state
    }
    return try setAsideCorruptFile(seed: seed)
  }

  private func setAsideCorruptFile(seed: () -> SandboxState) throws(AWSError) -> SandboxState {
    let stamp = now().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
      .replacingOccurrences(of: ":", with: "")
    let aside = directory.appendingPathComponent("state.json.corrupt-\(stamp)")
    guard rename(stateFile.path, aside.path) == 0 else {
      throw StateFileError.io("move aside \(stateFile.path)", errno)
    }
    notes.append(
      "The sandbox state file could not be read; it was moved to \(aside.path) and a fresh sandbox world was created.")
    let fresh = seed()
    try write(fresh)
    return fresh
  }

  // MARK: - Writing

  private func prepareDirectory() throws(AWSError) {
    do {
      try FileManager.default.createDirectory(
        at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StateFileError.io("create the directory \(directory.path)", errno == 0 ? EACCES : errno)
    }
    // The directory may predate ferry with wider permissions; the state is the user's alone.
    guard chmod(directory.path, 0o700) == 0 else { throw StateFileError.io("protect \(directory.path)", errno) }
  }

  private func write(_ state: SandboxState) throws(AWSError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(state) else {
      throw AWSError(
        kind: .configuration, code: "SandboxStateUnavailable", message: "The sandbox state could not be encoded.")
    }
    let temporary = directory.appendingPathComponent("state.json.tmp-\(getpid())").path
    let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StateFileError.io("write \(temporary)", errno) }
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    guard failure == 0, rename(temporary, stateFile.path) == 0 else {
      let code = failure == 0 ? errno : failure
      unlink(temporary)
      throw StateFileError.io("write \(stateFile.path)", code)
    }
    if let identity = FileIdentity(path: stateFile.path) { cached = (identity, state) }
  }
}
