import FerryRules
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `--debug` wire log: every request and answer, with timings and retry decisions, secrets masked.
///
/// A dedicated file sink rather than a swift-log handler: the log must hold whole bodies verbatim
/// (after redaction), be created 0600 in a 0700 directory, and stay out of the terminal while curses
/// owns it; swift-log ships no file handler and the application's own `Logger` stays free for
/// one-line events. Each entry is one `write(2)` on an `O_APPEND` descriptor, so concurrent calls
/// never interleave inside an entry and the type needs no shared state.
public struct WireLog: Sendable {
  public let fileURL: URL
  private let now: @Sendable () -> Date

  /// ferry's state directory (`FerryDirectories`: `$XDG_STATE_HOME/ferry`, else `$HOME/.local/state/ferry`).
  public static func defaultDirectory(environment: [String: String]) throws(FerryDirectoryError) -> URL {
    URL(fileURLWithPath: try FerryDirectories.state(environment: environment))
  }

  /// Opens (creating when needed) `directory/wire.log`; the directory is made 0700 and the file 0600.
  public static func open(
    directory: URL, now: @escaping @Sendable () -> Date = { Date() }
  ) throws -> WireLog {
    let manager = FileManager.default
    try manager.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
    let file = directory.appendingPathComponent("wire.log")
    let descriptor = openForAppending(file.path)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
    }
    fchmod(descriptor, 0o600)
    close(descriptor)
    return WireLog(fileURL: file, now: now)
  }

  init(fileURL: URL, now: @escaping @Sendable () -> Date) {
    self.fileURL = fileURL
    self.now = now
  }

  /// Logs a request about to be sent.
  public func request(_ request: HTTPRequest, operation: String, attempt: Int) {
    var lines = [
      "\(stamp()) >>> \(operation) attempt \(attempt)",
      "\(request.method) \(Redactor.text(request.url.absoluteString))",
    ]
    for (name, value) in Redactor.headers(request.headers) { lines.append("\(name): \(value)") }
    lines.append("")
    lines.append(Redactor.text(String(decoding: request.body, as: UTF8.self)))
    write(lines)
  }

  /// Logs an answer with the time it took.
  public func response(_ response: HTTPResponse, operation: String, seconds: Double) {
    var lines = ["\(stamp()) <<< \(operation) HTTP \(response.status) in \(String(format: "%.3f", seconds)) s"]
    for (name, value) in Redactor.headers(response.headers) { lines.append("\(name): \(value)") }
    lines.append("")
    lines.append(Redactor.text(String(decoding: response.body, as: UTF8.self)))
    write(lines)
  }

  /// Logs a decision or a failure with no answer ("retry in 0.42 s: RequestLimitExceeded").
  public func note(_ text: String, operation: String) {
    write(["\(stamp()) --- \(operation): \(Redactor.text(text))"])
  }

  private func stamp() -> String {
    now().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
  }

  private func write(_ lines: [String]) {
    let entry = lines.joined(separator: "\n") + "\n\n"
    let descriptor = openForAppending(fileURL.path)
    // A debug log that cannot be written must never break the call it describes.
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    var bytes = Array(entry.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        writeBytes(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }
}

/// `open(2)` for appending, created 0600; at file scope because `WireLog.open` shadows the C name inside the type.
private func openForAppending(_ path: String) -> Int32 {
  open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
}

private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
