import FerryCloud
import FerryCore
import FerryRules
import FerryTUI
import Foundation
import Terminal

/// The TUI's status pane with 2,000 journalled copies: each key answered as the app answers it —
/// `update` with the key, `AppView.render` of the 200×60 frame and `Screen`'s diff to an in-memory
/// backend — from the top to the bottom and back, a row, a page and an end at a time.
///
/// The copies arrive as the app reads them (`.journal` with the records), in every phase the pane
/// draws differently: copying with snapshots, queued, done, failed with a reason, refused.
struct StatusPaneBenchmark {
  var copies = 2_000
  var width = 200
  var height = 60

  func run() throws -> [Measurement] {
    let now = LoadedList.epoch.addingTimeInterval(3_600)
    let identity = AccountIdentity(accountId: ImageFactory.ownerId, partition: "aws", region: "us-east-1")
    var (state, _) = start(.account(identity), width: width, height: height, now: LoadedList.epoch)
    _ = update(&state, .journal(marker: "bench", .success((0..<copies).map { Self.record($0, now: now) })))
    _ = update(&state, .tick(now))
    state.screen = .status
    guard state.status.copies.count == copies else {
      throw BenchError("the status pane holds \(state.status.copies.count) of \(copies) copies")
    }

    let backend = InMemoryBackend(width: width, height: height)
    let screen = Screen(backend: backend)
    var first = screen.makeGrid()
    _ = AppView.render(state, into: &first)
    screen.draw(first)

    // Down a row at a time through the first 300 copies, a page at a time to the end, up a row at a
    // time through the last 300, then top, bottom and top again.
    let keys: [Key] =
      Array(repeating: .down, count: 300) + Array(repeating: .pageDown, count: 120)
      + Array(repeating: .up, count: 300) + [.home, .end, .home, .end, .home]
    var keystrokes = Samples()
    var cpu = Samples()
    for key in keys {
      let cost = Stopwatch.cost {
        _ = update(&state, .key(key))
        var frame = screen.makeGrid()
        _ = AppView.render(state, into: &frame)
        screen.draw(frame)
      }
      keystrokes.append(cost.wall)
      cpu.append(cost.cpu)
    }
    guard state.status.cursor.selected == 0, backend.grid.lines.contains(where: { $0.contains("cp-000000000000") })
    else {
      throw BenchError("after the keys the pane does not show the newest copy selected")
    }
    let detail = "\(keystrokes.count) keys over \(copies) copies, \(width)×\(height), update + render + diff"
    return [
      Measurement(
        "status.key.median", "status pane key with 2,000 copies, median", keystrokes.median, .nanoseconds,
        detail: detail),
      Measurement(
        "status.key.p99", "status pane key with 2,000 copies, p99", keystrokes.p99, .nanoseconds,
        target: .below(16_000_000),
        detail: detail + ", max \(ReportTable.format(keystrokes.max, .nanoseconds)),"
          + " CPU p99 \(ReportTable.format(cpu.p99, .nanoseconds))"),
    ]
  }

  /// Copy `n`: mostly copying (AMIs with two snapshots, or snapshots), some queued, done, failed, refused.
  static func record(_ n: Int, now: Date) -> CopyRecord {
    let regions = ["us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "af-south-1"]
    let region = regions[n % regions.count]
    let image = n % 2 == 0
    let created = now.addingTimeInterval(-Double(n % 3_000))
    var record = CopyRecord(
      id: String(format: "cp-%012d", n), createdAt: created,
      call: APICall(
        operation: image ? .copyImage : .copySnapshot, region: region,
        parameters: image ? ["Name": .string("web-server-2026-12-02-\(n)")] : [:]),
      destination: "Region \(region)", sourceId: image ? "ami-0c7e5d1a9b3f20001" : "snap-0d4b8e2f6a1c30001",
      sourceRegion: "us-east-1", clientToken: "token-\(n)", phase: .pending, account: "sandbox")
    record.resourceId = String(format: image ? "ami-%017x" : "snap-%017x", n + 1)
    record.submittedAt = created
    record.progress = n % 100
    record.firstProgress = ProgressMark(percent: 1, at: created.addingTimeInterval(30))
    record.progressAt = now
    if image {
      record.snapshots = (0..<2).map {
        SnapshotProgress(snapshotId: String(format: "snap-%016x%01d", n, $0), state: .pending, progress: n % 100)
      }
    }
    switch n % 10 {
    case 7: record.phase = .planned; record.resourceId = nil
    case 8: record.phase = image ? .available : .completed; record.finishedAt = now
    case 9:
      record.phase = .failed
      record.reason = "Given key ID is not accessible"
      record.finishedAt = now
    default: break
    }
    if n % 50 == 49 {
      record.phase = .rejected
      record.reason = "Too many snapshot copies in progress (ResourceLimitExceeded)"
      record.lastError = RecordedError(kind: .throttling, code: "RequestLimitExceeded", message: "m", at: now)
    }
    return record
  }
}
