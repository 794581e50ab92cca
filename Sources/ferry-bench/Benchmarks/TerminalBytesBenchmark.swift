import FerryCloud
import FerryCore
import FerryRules
import FerryTUI
import Foundation
import Terminal

/// Bytes the real ncurses backend writes when only progress moves, with TERM=xterm-256color.
///
/// `NCursesBackend` opens the terminal with `newterm` on a temporary file (input from /dev/null,
/// `requireTerminal: false`), so what would reach the operator's SSH session can be counted: the
/// file grows by exactly the bytes ncurses sends. The size is pinned at 80×24 through `COLUMNS` and
/// `LINES`, which ncurses reads when the output is not a terminal. Two frames are measured tick by
/// tick: a bare `ProgressBar` advancing 1% (the widget alone), and the TUI's status pane with one copy
/// in flight, one second and 1% further each tick (bar, percent, elapsed and remaining times move).
struct TerminalBytesBenchmark {
  var ticks = 30

  func run() throws -> [Measurement] {
    setenv("COLUMNS", "80", 1)
    setenv("LINES", "24", 1)
    let bar = try measure { size, tick in Self.progressFrame(size: size, percent: 40 + tick) }
    let identity = AccountIdentity(accountId: ImageFactory.ownerId, partition: "aws", region: "us-east-1")
    var (state, _) = start(.account(identity), width: 80, height: 24, now: LoadedList.epoch)
    _ = update(&state, .key(.character("5")))
    let pane = try measure { size, tick in
      _ = update(&state, .tick(LoadedList.epoch.addingTimeInterval(Double(600 + tick))))
      _ = update(&state, .copies(.success(CopiesReport(records: [Self.copyInFlight(percent: 40 + tick)]))))
      var grid = CellGrid(width: size.width, height: size.height)
      _ = AppView.render(state, into: &grid)
      return grid
    }
    guard pane.screenText.contains("70%") else {
      throw BenchError("the status pane did not show the copy's progress:\n\(pane.screenText)")
    }
    return [
      Measurement(
        "tty.progress-bar.tick", "ncurses bytes per tick, progress bar only (median)", bar.perTick.median,
        .bytes, target: .below(200),
        detail: "max \(Int(bar.perTick.max)) B, first frame \(bar.firstFrame) B, \(ticks) ticks, 80×24"),
      Measurement(
        "tty.status-pane.tick", "ncurses bytes per tick, TUI status pane (median)", pane.perTick.median,
        .bytes, target: .below(200),
        detail: "max \(Int(pane.perTick.max)) B, first frame \(pane.firstFrame) B, \(ticks) ticks, 80×24"),
    ]
  }

  struct Result {
    var firstFrame: Int
    var perTick: Samples
    var screenText: String
  }

  /// Draws frame 0, then frames 1…ticks, returning the bytes each wrote.
  private func measure(_ frame: (TerminalSize, Int) -> CellGrid) throws -> Result {
    let path = NSTemporaryDirectory() + "ferry-bench-tty-\(getpid()).out"
    let output = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let input = open("/dev/null", O_RDONLY)
    guard output >= 0, input >= 0 else { throw BenchError("cannot open \(path) or /dev/null for the ncurses backend") }
    defer {
      close(output)
      close(input)
      unlink(path)
    }
    let options = TerminalOptions(
      term: "xterm-256color", inputDescriptor: input, outputDescriptor: output, requireTerminal: false)
    let backend = try NCursesBackend(options: options)
    defer { backend.shutdown() }
    guard backend.terminalName == "xterm-256color" else {
      throw BenchError("ncurses has no xterm-256color entry here (used \(backend.terminalName))")
    }
    let screen = Screen(backend: backend)
    func size() -> Int { Int(lseek(output, 0, SEEK_END)) }
    screen.draw(frame(backend.size, 0))
    let first = size()
    var perTick = Samples()
    var last = CellGrid(width: 1, height: 1)
    for tick in 1...ticks {
      let before = size()
      last = frame(backend.size, tick)
      screen.draw(last)
      perTick.append(Double(size() - before))
    }
    return Result(firstFrame: first, perTick: perTick, screenText: last.lines.joined(separator: "\n"))
  }

  /// A header and a boxed progress bar at `percent`: nothing else on the screen changes.
  static func progressFrame(size: TerminalSize, percent: Int) -> CellGrid {
    let theme = Theme.default
    var grid = CellGrid(width: size.width, height: size.height)
    let (header, body) = grid.area.sliceTop(1)
    grid.fill(header, with: Cell(" ", style: theme[.header]))
    grid.put(" ferry — copies", x: 0, y: 0, style: theme[.header])
    let block = Block(title: "Copy ami-0123456789abcdef0 → eu-west-1")
    block.render(in: body, into: &grid, theme: theme)
    let inner = block.inner(body)
    ProgressBar(fraction: Double(percent) / 100).render(
      in: Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: 1), into: &grid, theme: theme)
    return grid
  }

  /// One AMI copy, pending in eu-west-1 for ten minutes, `percent` done.
  static func copyInFlight(percent: Int) -> CopyRecord {
    let call = APICall(operation: .copyImage, region: "eu-west-1", parameters: [:])
    var record = CopyRecord(
      id: "cp-000000000001", createdAt: LoadedList.epoch, call: call, destination: "Region eu-west-1",
      sourceId: "ami-0123456789abcdef0", sourceRegion: "us-east-1", clientToken: "token-1", phase: .pending,
      account: "aws:\(ImageFactory.ownerId)")
    record.submittedAt = LoadedList.epoch
    record.resourceId = "ami-0fedcba9876543210"
    record.progress = percent
    return record
  }
}
