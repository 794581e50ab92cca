import FerryTUI
import Terminal

/// The `/` filter over 100,000 AMIs, key by key, and one 200×60 frame of the filtered list.
///
/// Each keystroke goes through the TUI's real `update(_:_:)` (filter text field, `FilterIndex`,
/// cursor), and each frame through `AppView.render` into a `CellGrid`; `Screen` then diffs it
/// against the previous frame for an in-memory backend, as the app does for ncurses. Every query's
/// result is checked against a plain substring search over the same keys.
struct FilterBenchmark {
  var images = 100_000
  var rounds = 5
  var frames = 300
  /// Typed character by character; a mix of the first word of names, dates, tag pairs, id prefixes and no match.
  static let queries = [
    "web-server", "2026-11-13", "team=cache", "payments-api-2026-11-0", "ami-0f", "staging", "zzz-no-match",
  ]

  func run() throws -> [Measurement] {
    let (loaded, loadTime) = try Stopwatch.time { try LoadedList.state(images: images, width: 200, height: 60) }
    var state = loaded
    let keys = state.source.items.map { $0.searchKey.lowercased() }

    var first = Samples()
    var next = Samples()
    var backspace = Samples()
    var cpu = Samples()
    var slow = 0
    var slowPreempted = 0
    var costliest = (cpu: 0.0, typed: "")
    for _ in 0..<rounds {
      for query in Self.queries {
        _ = update(&state, .key(.character("/")))
        for (position, character) in query.enumerated() {
          let cost = Stopwatch.cost { _ = update(&state, .key(.character(character))) }
          if position == 0 { first.append(cost.wall) } else { next.append(cost.wall) }
          cpu.append(cost.cpu)
          if cost.cpu > costliest.cpu { costliest = (cost.cpu, String(query.prefix(position + 1))) }
          if cost.wall > 5_000_000 {
            slow += 1
            if cost.preempted { slowPreempted += 1 }
          }
        }
        try Self.check(state, query: query, keys: keys)
        for _ in 0..<3 { backspace.append(Stopwatch.time { update(&state, .key(.backspace)) }.1) }
        try Self.check(state, query: String(query.dropLast(3)), keys: keys)
        _ = update(&state, .key(.escape))
      }
    }
    let typed = Samples(first.nanoseconds + next.nanoseconds)

    // The frame: the list filtered by "web" (a third of the rows match), cursor moving down a row per frame.
    _ = update(&state, .key(.character("/")))
    for character in "web" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.enter))
    var grid = CellGrid(width: 200, height: 60)
    let render = Stopwatch.sample(runs: frames, warmup: 20) {
      _ = update(&state, .key(.down))
      grid = CellGrid(width: 200, height: 60)
      _ = AppView.render(state, into: &grid)
    }
    let backend = InMemoryBackend(width: 200, height: 60)
    let screen = Screen(backend: backend)
    screen.draw(grid)
    let shown = Stopwatch.sample(runs: frames, warmup: 20) {
      _ = update(&state, .key(.down))
      var frame = screen.makeGrid()
      _ = AppView.render(state, into: &frame)
      screen.draw(frame)
    }
    guard backend.grid.lines.contains(where: { $0.contains("web-") }) else {
      throw BenchError("the 200×60 frame does not show the filtered list")
    }

    let keystrokes = "\(typed.count) keystrokes: \(Self.queries.count) queries typed \(rounds)×, \(images) rows"
    return [
      Measurement(
        "list.load", "load the AMIs into the TUI (pages of 1,000, index built)", loadTime, .nanoseconds,
        detail: "SourceItem per row + FilterIndex, through update()"),
      Measurement(
        "filter.keystroke.median", "filter keystroke, median", typed.median, .nanoseconds, detail: keystrokes),
      Measurement(
        "filter.keystroke.p99", "filter keystroke, p99", typed.p99, .nanoseconds, target: .below(5_000_000),
        detail: keystrokes + ", max \(ReportTable.format(typed.max, .nanoseconds))"),
      Measurement(
        "filter.keystroke.cpu.p99", "filter keystroke, this thread's CPU time, p99", cpu.p99, .nanoseconds,
        detail: "\(slow) keystrokes over 5 ms of wall time, \(slowPreempted) of them preempted by the kernel;"
          + " costliest \(ReportTable.format(costliest.cpu, .nanoseconds)) typing \"\(costliest.typed)\""),
      Measurement(
        "filter.first-char.p99", "first character of a fresh query, p99", first.p99, .nanoseconds,
        target: .below(5_000_000),
        detail: "\(first.count) samples, median \(ReportTable.format(first.median, .nanoseconds))"),
      Measurement(
        "filter.next-char.p99", "one more character (narrowing), p99", next.p99, .nanoseconds,
        target: .below(5_000_000),
        detail: "\(next.count) samples, median \(ReportTable.format(next.median, .nanoseconds))"),
      Measurement(
        "filter.backspace.p99", "backspace, p99", backspace.p99, .nanoseconds, target: .below(5_000_000),
        detail: "\(backspace.count) samples"),
      Measurement(
        "frame.render.p99", "200×60 frame of the filtered list (AppView.render), p99", render.p99, .nanoseconds,
        target: .below(2_000_000), detail: "\(frames) frames, median \(ReportTable.format(render.median, .nanoseconds))"
      ),
      Measurement(
        "frame.render+diff.p99", "render + Screen diff to an in-memory backend, p99", shown.p99, .nanoseconds,
        target: .below(2_000_000), detail: "\(frames) frames, median \(ReportTable.format(shown.median, .nanoseconds))"),
    ]
  }

  /// Throws unless the visible rows are exactly those whose key contains `query`, in order.
  private static func check(_ state: AppState, query: String, keys: [String]) throws {
    let needle = query.lowercased()
    let expected = keys.indices.filter { keys[$0].contains(needle) }
    let shown = (0..<state.source.visibleCount).compactMap { state.source.visible($0)?.id }
    guard shown.count == expected.count, shown.elementsEqual(expected.map { state.source.items[$0].id }) else {
      throw BenchError("the filter shows \(shown.count) rows for \"\(query)\"; a plain search finds \(expected.count)")
    }
  }
}
