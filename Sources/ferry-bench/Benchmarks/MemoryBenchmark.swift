import FerryTUI
import Foundation
import Terminal

/// Peak resident memory with 100,000 AMIs loaded in the TUI, measured in a fresh child process.
///
/// The other benchmarks would raise this process's high-water mark, so the bench starts itself
/// again with `--memory-probe`: the child records `VmHWM` from `/proc/self/status`, loads the list
/// page by page as the app does (`LoadedList`), filters it once and draws one 200×60 frame, then
/// prints its peak and current RSS as one JSON line for this side to read.
struct MemoryBenchmark {
  var images = 100_000

  struct ProbeResult: Codable {
    var baselineKiB: Int
    var peakKiB: Int
    var residentKiB: Int
    var rows: Int
  }

  func run() throws -> [Measurement] {
    let result: ProbeResult = try ChildProbe.run(["--memory-probe", "--images", String(images)], named: "memory")
    let perRow = Double(result.peakKiB - result.baselineKiB) * 1024 / Double(result.rows)
    return [
      Measurement(
        "memory.peak-rss", "peak RSS with 100,000 AMIs loaded (VmHWM)", Double(result.peakKiB) * 1024, .bytes,
        target: .below(200 * 1_048_576),
        detail:
          "baseline \(result.baselineKiB / 1024) MiB, after \(result.residentKiB / 1024) MiB, \(Int(perRow)) B per row")
    ]
  }

  /// The child's side: load, filter, draw, report.
  ///
  /// Prints one JSON line on stdout.
  static func probe(images: Int) throws {
    let baseline = try status("VmHWM")
    var state = try LoadedList.state(images: images, width: 200, height: 60)
    _ = update(&state, .key(.character("/")))
    for character in "web" { _ = update(&state, .key(.character(character))) }
    var grid = CellGrid(width: 200, height: 60)
    _ = AppView.render(state, into: &grid)
    let result = ProbeResult(
      baselineKiB: baseline, peakKiB: try status("VmHWM"), residentKiB: try status("VmRSS"),
      rows: state.source.items.count)
    withExtendedLifetime(state) {}
    FileHandle.standardOutput.write(try JSONEncoder().encode(result))
  }

  /// A `kB` field of `/proc/self/status`.
  static func status(_ field: String) throws -> Int {
    let text = Machine.read("/proc/self/status") ?? ""
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
      let value = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap({ Int($0) })
    else { throw BenchError("/proc/self/status has no \(field)") }
    return value
  }
}
