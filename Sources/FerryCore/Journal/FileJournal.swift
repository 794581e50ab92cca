import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal on disk: the one type that opens `journal.json`.
///
/// Format: one JSON document, `{"version": 1, "copies": [CopyRecord…]}`, rewritten whole on every
/// change. A whole-file rewrite lets every change be atomic with `rename(2)` (a temp file in the same
/// directory, `fsync`, rename, `fsync` of the directory), so a crash or SIGKILL leaves either the old
/// or the new journal, never half of one; JSON lines would need appends that can tear and a
/// compaction step. The journal holds one record per copy, so it stays small.
///
/// Every read and every read-modify-write holds an exclusive `flock(2)` on `journal.json.lock`
/// (a separate file, because rename replaces the journal's inode), so a TUI and a `ferry watch`
/// can share it. The directory is created 0700 and the file written 0600. A file that cannot be
/// decoded is moved aside (`journal.json.corrupt-<time>`) and reported, never dropped silently.
///
/// Calls block the calling thread for the length of one small file read or write (and while
/// another ferry process holds the lock, which it does only for that long).
public struct FileJournal: Journal {
  public let url: URL
  private let now: @Sendable () -> Date

  /// - Parameters:
  ///   - url: the journal file; its directory is created (0700) when missing.
  ///   - now: the time used to name a corrupt file moved aside.
  public init(url: URL, now: @escaping @Sendable () -> Date = { Date() }) {
    self.url = url
    self.now = now
  }

  public func records() async throws -> [CopyRecord] {
    try recordsNow()
  }

  /// `records()` for synchronous callers (shell completion, which must answer from a plain function).
  public func recordsNow() throws -> [CopyRecord] {
    try withLock { try load() }
  }

  public func modify<T: Sendable>(_ change: @Sendable (inout [CopyRecord]) throws -> T) async throws -> T {
    try withLock {
      var records = try load()
      let result = try change(&records)
      try store(records)
      return result
    }
  }

  // MARK: - Locking

  private var lockPath: String { url.path + ".lock" }

  private func withLock<T>(_ body: () throws -> T) throws -> T {
    try ensureDirectory()
    let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw JournalError.io(operation: "open the lock of", path: url.path, errno: errno) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else { throw JournalError.io(operation: "lock", path: url.path, errno: errno) }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  /// Creates the journal's directory and any missing parents, each 0700 (the XDG spec asks the
  /// same of the base directories); directories that exist are left as they are.
  private func ensureDirectory() throws {
    var path = ""
    for component in url.deletingLastPathComponent().path.split(separator: "/") {
      path += "/" + component
      if mkdir(path, 0o700) != 0, errno != EEXIST {
        throw JournalError.io(operation: "create the directory of", path: url.path, errno: errno)
      }
    }
  }

  // MARK: - Reading

  private func load() throws -> [CopyRecord] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch CocoaError.fileReadNoSuchFile {
      return []
    } catch {
      throw JournalError.io(operation: "read", path: url.path, errno: errno == 0 ? EIO : errno)
    }
    if data.isEmpty { return [] }
    do {
      return try JournalCoding.decoder.decode(JournalDocument.self, from: data).copies
    } catch {
      let aside = url.path + ".corrupt-" + JournalCoding.stamp(now())
      guard rename(url.path, aside) == 0 else {
        throw JournalError.io(operation: "move aside the unreadable", path: url.path, errno: errno)
      }
      throw JournalError.corrupt(path: url.path, movedTo: aside, detail: JournalCoding.summary(of: error))
    }
  }

  // MARK: - Writing

  private func store(_ records: [CopyRecord]) throws {
    let data: Data
    do {
      data = try JournalCoding.encoder.encode(JournalDocument(copies: records))
    } catch {
      throw JournalError.io(operation: "encode", path: url.path, errno: EINVAL)
    }
    let directory = url.deletingLastPathComponent().path
    let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw JournalError.io(operation: "create a temporary file for", path: url.path, errno: errno) }
    var renamed = false
    defer { if !renamed { unlink(temporary) } }
    do {
      defer { close(fd) }
      try writeAll(data, to: fd)
      guard fsync(fd) == 0 else { throw JournalError.io(operation: "flush", path: url.path, errno: errno) }
    }
    guard rename(temporary, url.path) == 0 else {
      throw JournalError.io(operation: "replace", path: url.path, errno: errno)
    }
    renamed = true
    // Make the rename itself durable.
    let dirFD = open(directory, O_RDONLY | O_CLOEXEC)
    if dirFD >= 0 {
      fsync(dirFD)
      close(dirFD)
    }
  }

  private func writeAll(_ data: Data, to fd: Int32) throws {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw JournalError.io(operation: "write", path: url.path, errno: errno)
        }
        offset += written
      }
    }
  }
}

/// The file's top-level shape; `version` lets a later ferry migrate older journals.
struct JournalDocument: Codable {
  var version = 1
  var copies: [CopyRecord]
}
