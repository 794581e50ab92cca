import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox

/// `ferry watch`'s loop with 2,000 copies in flight across six of the sandbox's Regions, in a fresh
/// child (`--watch-probe`) so its peak RSS is its own.
///
/// The sandbox (in memory, its concurrent-copy limits raised so 2,000 copies can be copying at once)
/// makes the copies, each taking 48 sandbox minutes; the journal is a real `FileJournal` in a
/// temporary directory. `Poller.follow` then runs on the real clock through a `MeteredClock`,
/// which reads the process's CPU time (getrusage) as each pause starts and ends: the CPU spent
/// between cycles is measured, not assumed. The run stops at its third pause.
struct WatchBenchmark {
  var copies = 2_000
  static let regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "af-south-1"]

  struct ProbeResult: Codable {
    var peakKiB: Int
    var describeCalls: Int
    var mostPerRegionAndCycle: Int
    var cycleCPU: [Double]
    var cycleWall: [Double]
    var pauseCPU: [Double]
    var pauseWall: [Double]
    var followed: Int
  }

  func run() throws -> [Measurement] {
    let result: ProbeResult = try ChildProbe.run(["--watch-probe"], named: "watch")
    let cycles = result.cycleCPU.count
    let pauses = result.pauseWall.reduce(0, +)
    let what = "\(result.followed) copies in flight, \(Self.regions.count) Regions, \(cycles) cycles"
    return [
      Measurement(
        "watch.describe-calls.max", "Describe calls of one Region in one cycle, most",
        Double(result.mostPerRegionAndCycle), .count, target: .below(3),
        detail: what + ", \(result.describeCalls) Describe calls in all"),
      Measurement(
        "watch.cycle.cpu", "CPU time of one cycle (journal read, Describe, journal write), most",
        result.cycleCPU.max() ?? 0, .nanoseconds,
        detail: "cycles \(result.cycleCPU.map { ReportTable.format($0, .nanoseconds) }.joined(separator: ", ")),"
          + " wall \(result.cycleWall.map { ReportTable.format($0, .nanoseconds) }.joined(separator: ", "))"),
      Measurement(
        "watch.pause.cpu", "CPU time between cycles (all pauses)", result.pauseCPU.reduce(0, +), .nanoseconds,
        target: .below(10_000_000),
        detail: "over \(String(format: "%.1f", pauses / 1e9)) s of pauses (getrusage at each pause's start and end)"),
      Measurement(
        "watch.peak-rss", "peak RSS following 2,000 copies (VmHWM, sandbox included)",
        Double(result.peakKiB) * 1024, .bytes, target: .below(100 * 1_048_576), detail: what),
    ]
  }

  /// The child's side: make the copies, follow them for three cycles, report.
  ///
  /// Prints one JSON line.
  static func probe(copies: Int) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-bench-watch-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let sandbox = SandboxAccount(
      directory: nil, limits: SandboxLimits(concurrentSnapshotCopies: copies, concurrentImageCopies: copies))
    let made = InMemoryJournal()
    let copier = Copier(account: sandbox, journal: made, accountKey: "sandbox")
    let catalog = try await CatalogLoader(account: sandbox).catalog(for: [], homeRegion: "us-east-1")
    for n in 0..<copies {
      let record = try await copier.submit(request(n), catalog: catalog)
      guard record.phase == .submitted else {
        throw BenchError("copy \(n) was \(record.phase): \(record.reason ?? "")")
      }
    }
    let journal = FileJournal(url: directory.appendingPathComponent("journal.json"))
    let records = try await made.records()
    try await journal.modify { $0 = records }

    let counting = CountingAccount(sandbox)
    let clock = MeteredClock(pauses: 3, account: counting)
    let poller = Poller(account: counting, journal: journal, time: clock, accountKey: "sandbox")
    clock.cycleStarts()
    for await _ in poller.follow() {}
    let result = ProbeResult(
      peakKiB: try MemoryBenchmark.status("VmHWM"), describeCalls: counting.calls.count,
      mostPerRegionAndCycle: counting.mostPerRegionAndCycle, cycleCPU: clock.cycleCPU, cycleWall: clock.cycleWall,
      pauseCPU: clock.pauseCPU, pauseWall: clock.pauseWall, followed: records.count)
    FileHandle.standardOutput.write(try JSONEncoder().encode(result))
  }

  /// Copy `n`: AMIs and snapshots alternating, dealt over the Regions, each taking 48 sandbox minutes.
  private static func request(_ n: Int) -> CopyRequest {
    let region = regions[n % regions.count]
    var request =
      n % 2 == 0
      ? CopyRequest(
        resource: .image, source: SourceSpec(id: "ami-0c7e5d1a9b3f20001", region: "us-east-1"),
        destination: DestinationSpec(region: region), name: "scale-\(n)")
      : CopyRequest(
        resource: .snapshot, source: SourceSpec(id: SandboxSeed.backupSnapshot, region: "us-east-1"),
        destination: DestinationSpec(region: region))
    request.completionDurationMinutes = 2_880
    return request
  }
}

/// The real clock (`SystemTimeSource`), reading the process's CPU time and the wall clock as each
/// pause starts and ends; stops the run (a cancellation) at pause `pauses`.
final class MeteredClock: TimeSource, @unchecked Sendable {
  private let clock = SystemTimeSource()
  private let pauses: Int
  private let account: CountingAccount
  private let lock = NSLock()
  private var mark = (cpu: 0.0, wall: 0.0)
  private(set) var cycleCPU: [Double] = []
  private(set) var cycleWall: [Double] = []
  private(set) var pauseCPU: [Double] = []
  private(set) var pauseWall: [Double] = []

  init(pauses: Int, account: CountingAccount) {
    self.pauses = pauses
    self.account = account
  }

  func now() -> Date { clock.now() }

  func cycleStarts() { lock.withLock { mark = (Stopwatch.processCPU(), Double(Stopwatch.now())) } }

  func sleep(for duration: Duration) async throws {
    let done = lock.withLock { () -> Bool in
      cycleCPU.append(Stopwatch.processCPU() - mark.cpu)
      cycleWall.append(Double(Stopwatch.now()) - mark.wall)
      return cycleCPU.count >= pauses
    }
    if done { throw CancellationError() }
    let start = (cpu: Stopwatch.processCPU(), wall: Double(Stopwatch.now()))
    try await clock.sleep(for: duration)
    lock.withLock {
      pauseCPU.append(Stopwatch.processCPU() - start.cpu)
      pauseWall.append(Double(Stopwatch.now()) - start.wall)
    }
    account.startCycle(cycleCPU.count)
    cycleStarts()
  }

}
