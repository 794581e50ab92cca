import FerryRules
import Foundation

/// Reads a request document from a path, or from standard input for `-`, and parses it.
///
/// A file holds one request document, or a JSON array of them (what `--print-request` prints when
/// the copies of a fan-out need different names).
enum RequestFile {
  static func read(_ path: String) throws -> RequestSet {
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
      return try parse(Array(data))
    } catch {
      throw CommandError(.unreadableInput, "the request \(path) cannot be read: \(error)")
    }
  }

  /// One document, or an array of documents, each read as strictly as `CopyRequest.parse` reads one.
  static func parse(_ bytes: [UInt8]) throws -> RequestSet {
    guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "[") else {
      return RequestSet(documents: [try CopyRequest.parse(json: bytes)], isList: false)
    }
    guard case .array(let items) = try JSONReader(maxBytes: CopyRequest.maxDocumentBytes).read(bytes), !items.isEmpty
    else { throw RequestError(path: "", reason: "an array of requests must hold at least one request") }
    var documents: [CopyRequest] = []
    for (index, item) in items.enumerated() {
      do {
        documents.append(try CopyRequest.parse(json: Array(item.compactText.utf8)))
      } catch {
        throw RequestError(path: "[\(index)]" + (error.path.isEmpty ? "" : "." + error.path), reason: error.reason)
      }
    }
    return RequestSet(documents: documents, isList: true)
  }
}
