import Foundation

/// A fresh directory under the system's temporary directory, removed by `remove()`.
///
/// Test helper for config files, token files and credential_process scripts.
struct TemporaryDirectory {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "ferry-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` to `name` (creating folders) and returns the full path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let full = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(filePath: full))
    return full
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
