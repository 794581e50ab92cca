import Foundation

/// What the numbers were measured on: CPU, cores, memory, kernel, Swift, and the load.
///
/// Read from `/proc` (Linux) and `swift --version`; missing facts read "unknown" rather than failing.
struct Machine: Sendable, Encodable {
  var cpu: String
  var cores: Int
  var memoryGiB: Double
  var kernel: String
  var swift: String
  var loadAtStart: Double

  static func current() -> Machine {
    let cpuinfo = read("/proc/cpuinfo") ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    let memoryKiB = (read("/proc/meminfo") ?? "").split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
      .flatMap { $0.split(separator: " ").dropFirst().first }
      .flatMap { Double($0) }
    let kernel = (read("/proc/sys/kernel/osrelease") ?? "unknown").trimmingCharacters(in: .whitespacesAndNewlines)
    return Machine(
      cpu: model ?? "unknown", cores: ProcessInfo.processInfo.activeProcessorCount,
      memoryGiB: (memoryKiB ?? 0) / 1_048_576, kernel: kernel, swift: swiftVersion(),
      loadAtStart: loadAverage())
  }

  /// The 1-minute load average, or -1 when `/proc/loadavg` cannot be read.
  static func loadAverage() -> Double {
    (read("/proc/loadavg")?.split(separator: " ").first).flatMap { Double($0) } ?? -1
  }

  /// The first line of `swift --version` (the toolchain that built and runs this).
  private static func swiftVersion() -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return "unknown"
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let line = String(decoding: output, as: UTF8.self).split(separator: "\n").first { $0.contains("Swift version") }
    return line.map(String.init) ?? "unknown"
  }

  static func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }
}
