import Foundation

/// Reads whole files by path: the only way the config and credential code touches the disk.
///
/// Injected so tests read temporary files or in-memory text, and nothing reads `~/.aws` behind the
/// caller's back. `read` returns `nil` when the file does not exist, and throws only when it exists but
/// cannot be read.
public struct FileReader: Sendable {
  public var read: @Sendable (_ path: String) throws -> Data?

  public init(read: @escaping @Sendable (_ path: String) throws -> Data?) {
    self.read = read
  }

  /// Reads from the real file system.
  public static let live = FileReader { path in
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    // FileHandle, not Data(contentsOf:), so a device such as /dev/null (an empty config, as the AWS
    // CLI accepts it) reads as empty instead of failing on its size.
    let handle = try FileHandle(forReadingFrom: URL(filePath: path))
    defer { try? handle.close() }
    return try handle.readToEnd() ?? Data()
  }

  /// Serves fixed contents by path; any other path does not exist.
  public static func inMemory(_ files: [String: String]) -> FileReader {
    FileReader { path in files[path].map { Data($0.utf8) } }
  }

  /// Reads `path` as UTF-8 text, turning a read failure into a configuration error that names the file.
  func text(at path: String) throws -> String? {
    do {
      return try read(path).map { String(decoding: $0, as: UTF8.self) }
    } catch {
      throw ConfigurationErrors.unreadableFile(path)
    }
  }
}

/// Expands a leading `~` with `HOME` from the given environment (never the process's own).
func expandingTilde(_ path: String, environment: [String: String]) -> String {
  guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
  return home + path.dropFirst()
}
