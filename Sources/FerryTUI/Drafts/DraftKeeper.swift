import FerryRules
import Foundation

/// Keeps an unsubmitted request when the session ends without asking (SIGHUP from a dropped SSH
/// connection, SIGTERM), and finds the last one kept so the next start can say where it is.
///
/// Drafts are request documents (the contract's JSON), so `ferry plan FILE` checks one and
/// `ferry copy FILE` submits it. Does file I/O; called by the runtime only, never from update.
public struct DraftKeeper: Sendable {
  /// `$XDG_STATE_HOME/ferry/drafts` (or `~/.local/state/ferry/drafts`).
  public var directory: URL

  public init(directory: URL) { self.directory = directory }

  /// The drafts folder for an environment: `drafts` in ferry's state directory (`FerryDirectories`).
  public static func directory(environment: [String: String]) throws(FerryDirectoryError) -> URL {
    URL(fileURLWithPath: try FerryDirectories.state(environment: environment)).appendingPathComponent("drafts")
  }

  /// Writes `document` as `request-<UTC time>.json` (atomically, private to the user); returns the path.
  public func keep(_ document: String, at date: Date) throws -> String {
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime]
    let url = directory.appendingPathComponent("request-\(formatter.string(from: date)).json")
    try Data(document.utf8).write(to: url, options: .atomic)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    return url.path
  }

  /// The most recent draft, if any.
  public func latest() -> String? {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasPrefix("request-") && $0.hasSuffix(".json") }.sorted().last
      .map { directory.appendingPathComponent($0).path }
  }
}
