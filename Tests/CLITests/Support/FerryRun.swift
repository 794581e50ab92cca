import Foundation

/// Runs the built `ferry` binary as an operator's shell would, and captures what it printed.
///
/// Each `FerryRun.Home` is a fresh `XDG_STATE_HOME` (journal and sandbox state) in a temporary
/// directory, removed when the value goes away; tests that share one see each other's copies.
/// The binary is the one SwiftPM built beside the test bundle.
struct FerryRun {
  var status: Int32
  var stdout: String
  var stderr: String

  /// A private state directory for one scenario.
  final class Home: Sendable {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-cli-\(UUID().uuidString)")
    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` to a file in the directory and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let url = directory.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url.path
    }
  }

  /// The `ferry` executable in the build directory (`.build/<triple>/debug`), next to the test bundle.
  static var binary: URL {
    let tests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return tests.deletingLastPathComponent().appendingPathComponent("ferry")
  }

  /// Starts `ferry arguments…` without waiting, its output discarded (for kill and race tests).
  static func start(_ arguments: [String], home: Home) throws -> Process {
    let process = prepare(arguments, home: home, environment: [:])
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  private static func prepare(_ arguments: [String], home: Home, environment: [String: String]) -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": home.directory.path, "XDG_STATE_HOME": home.directory.path + "/state",
      "TERM": "dumb",
    ].merging(environment) { $1 }
    process.standardInput = FileHandle.nullDevice
    return process
  }

  /// Runs `ferry arguments…` with a clean environment plus `environment`, stdin closed.
  static func run(_ arguments: [String], home: Home, environment: [String: String] = [:]) throws -> FerryRun {
    let process = prepare(arguments, home: home, environment: environment)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return FerryRun(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs `ferry arguments…` on a pseudo-terminal (util-linux `script`), as an operator at a shell
  /// would; stdout and stderr arrive mixed, as a terminal shows them.
  static func runInTerminal(_ arguments: [String], home: Home) throws -> FerryRun {
    let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let process = prepare(
      ["-qec", quoted.joined(separator: " "), "/dev/null"], home: home, environment: ["TERM": "xterm"])
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return FerryRun(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
  }

  /// stdout parsed as JSON.
  var json: Any? {
    try? JSONSerialization.jsonObject(with: Data(stdout.utf8))
  }
}
