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
/// With a `retention`, every read under the lock also moves the finished records older than it to the
/// month's archive beside the journal (`JournalRetention`): the archive is written (merged, atomically)
/// before the live journal drops them, so a crash between the two leaves a record in both — `allRecords`
/// shows it once — and never in neither.
///
/// Calls block the calling thread for the length of one small file read or write (and while
/// another ferry process holds the lock, which it does only for that long).
public struct FileJournal: Journal {
  public let url: URL
  public let retention: JournalRetention?
  private let now: @Sendable () -> Date

  /// - Parameters:
  ///   - url: the journal file; its directory is created (0700) when missing.
  ///   - retention: how long finished records stay live; nil keeps every record live.
  ///   - now: the time that ages records and names a corrupt file moved aside.
  public init(url: URL, retention: JournalRetention? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
    self.url = url
    self.retention = retention
    self.now = now
  }

  /// The live journal (after moving what the retention says to the archive).
  public func records() async throws -> [CopyRecord] {
    try recordsNow()
  }

  /// `records()` for synchronous callers (shell completion, which must answer from a plain function);
  /// moves expired records to the archive as `records()` does.
  public func recordsNow() throws -> [CopyRecord] {
    try withLock {
      var records = try load(url)
      if try archiveExpired(&records) { try store(records, at: url) }
      return records
    }
  }

  public func modify<T: Sendable>(_ change: @Sendable (inout [CopyRecord]) throws -> T) async throws -> T {
    try withLock {
      var records = try load(url)
      try archiveExpired(&records)
      let result = try change(&records)
      try store(records, at: url)
      return result
    }
  }

  /// The file's inode, size and modification time: every store renames a new file into place, so
  /// the inode alone changes with each write; one `stat(2)`, no lock, no read.
  public func changeMarker() async -> String? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    #if os(Linux)
      let modified = info.st_mtim
    #else
      let modified = info.st_mtimespec
    #endif
    return "\(info.st_ino)-\(info.st_size)-\(modified.tv_sec).\(modified.tv_nsec)"
  }

  /// Every record: the archives' and the live journal's, oldest first, each copy once (`ferry status --all`).
  public func allRecords() async throws -> [CopyRecord] {
    try withLock {
      let live = try load(url)
      let directory = url.deletingLastPathComponent()
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      let archives = try names.filter(JournalRetention.isArchiveName).sorted().map {
        try load(directory.appendingPathComponent($0))
      }
      return JournalRetention.merged(archives: archives, live: live)
    }
  }

  /// Moves the expired records of `records` to this month's archive (written and synced first); true when
  /// any moved.
  ///
  /// The caller stores what is left.
  @discardableResult
  private func archiveExpired(_ records: inout [CopyRecord]) throws -> Bool {
    guard let retention else { return false }
    let split = retention.split(records, now: now())
    guard !split.expired.isEmpty else { return false }
    let archive = JournalRetention.archiveURL(beside: url, now: now())
    let archived = JournalRetention.merged(archives: [try load(archive)], live: split.expired)
    try store(archived, at: archive)
    records = split.live
    return true
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

  private func load(_ url: URL) throws -> [CopyRecord] {
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

  private func store(_ records: [CopyRecord], at url: URL) throws {
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
