import Foundation

/// Runs this bench again as a child with `arguments` and decodes the one JSON line it prints: a
/// measurement whose peak RSS must be its own (the other benchmarks would raise this process's).
enum ChildProbe {
  static func run<Result: Decodable>(_ arguments: [String], named name: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(Result.self, from: output) else {
      throw BenchError("the \(name) probe failed (status \(process.terminationStatus))")
    }
    return result
  }
}
