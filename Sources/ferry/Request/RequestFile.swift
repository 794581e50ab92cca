import FerryRules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a request file — a path, or standard input for `-` — and parses it with the one codec
/// (`RequestSet.parse`): one document, or a JSON array of them.
enum RequestFile {
  static func read(_ path: String) throws -> RequestSet {
    let bytes = try InputFile.contents(of: path, limit: CopyRequest.maxDocumentBytes, what: "the request")
    do {
      return try RequestSet.parse(bytes)
    } catch {
      let at = error.path.isEmpty ? "" : "\(error.path): "
      throw CommandError(.unreadableInput, "cannot read the request \(InputFile.name(path)): \(at)\(error.reason)")
    }
  }
}

/// Reads a whole input file (or standard input for `-`) with a size cap, failing with one line.
enum InputFile {
  /// Zones and Outposts catalogs: the AWS CLI's JSON for a large account is a few MiB.
  static let catalogLimit = 64 << 20

  static func contents(of path: String, limit: Int, what: String) throws -> [UInt8] {
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw CommandError(.unreadableInput, "cannot read \(what) \(name(path)): \(String(cString: strerror(errno)))")
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandError(.unreadableInput, "cannot read \(what) \(name(path)): \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw CommandError(.unreadableInput, "\(name(path)) is larger than \(limit / 1024) KiB; is it the right file?")
      }
    }
  }

  /// How messages name an input: its path, or standard input for `-`.
  static func name(_ path: String) -> String { path == "-" ? "(standard input)" : path }
}
