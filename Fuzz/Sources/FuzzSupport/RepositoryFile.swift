import Foundation

/// Reads a file of the ferry repository by its path from the repository root.
///
/// For fixtures a target needs once at start-up (the catalogs of the shared plan cases). Reads the file
/// system; call it once, not per input.
public func repositoryFile(_ path: String, relativeTo file: String = #filePath) -> [UInt8] {
  // This file is Fuzz/Sources/FuzzSupport/RepositoryFile.swift: four levels below the root.
  let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
    // Without its fixture the target would fuzz nothing useful: say so and stop at once.
    fatalError("fuzz fixture \(path) not found under \(root.path)")
  }
  return Array(data)
}
