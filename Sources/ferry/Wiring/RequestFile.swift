import FerryRules
import Foundation

/// Reads a request document from a path, or from standard input for `-`, and parses it.
enum RequestFile {
  static func read(_ path: String) throws -> CopyRequest {
    let data: Data?
    if path == "-" {
      data = try? FileHandle.standardInput.readToEnd()
    } else {
      data = FileManager.default.contents(atPath: path)
    }
    guard let data else { throw CommandError(.unreadableInput, "cannot read the request \(path)") }
    guard data.count <= CopyRequest.maxDocumentBytes else {
      throw CommandError(
        .unreadableInput, "\(path) is larger than \(CopyRequest.maxDocumentBytes / 1024) KiB; is it the right file?")
    }
    do {
      return try CopyRequest.parse(json: Array(data))
    } catch {
      throw CommandError(.unreadableInput, "the request \(path) cannot be read: \(error)")
    }
  }
}
