import Foundation

/// A fresh directory under the temporary directory, removed when the value goes away (one per test instance).
final class ScratchDirectory: Sendable {
  let directory: URL

  init(_ prefix: String) {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  }

  deinit { try? FileManager.default.removeItem(at: directory) }
}
