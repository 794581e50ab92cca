import FerryCloud
import FerryCore
import Foundation

/// Where a command's copy events go: progress lines on stderr, or JSON lines on stdout with `jsonl`.
///
/// Remembers what the commands' exit statuses depend on: whether following stopped on an error that
/// waiting won't cure, and whether `--timeout` passed.
struct EventSink: Sendable {
  let format: OutputFormat
  private(set) var reporter: ProgressReporter
  private(set) var stopped: AWSError?
  private(set) var timedOut = false
  /// Copies whose end has been reported.
  private(set) var ended: Set<String> = []

  init(format: OutputFormat, reporter: ProgressReporter) {
    self.format = format
    self.reporter = reporter
  }

  mutating func handle(_ event: CopyEvent, now: Date) {
    if case .stopped(let error) = event { stopped = error }
    if case .timedOut = event { timedOut = true }
    if case .completed(let record) = event { ended.insert(record.id) }
    if case .failed(let record) = event { ended.insert(record.id) }
    if format == .jsonl {
      EventOutput.objects(event, now: now).forEach { StandardOutput.line($0.compactText) }
    } else {
      reporter.report(event, now: now)
    }
  }

  /// Drains `events` to their end (or until the surrounding task is cancelled).
  mutating func drain(_ events: AsyncStream<CopyEvent>, time: any TimeSource) async {
    for await event in events { handle(event, now: time.now()) }
    reporter.finishLine()
  }

  /// Reports the end of copies that ended without this process seeing it happen — another ferry
  /// polling the same journal (the TUI, a second `watch`) recorded it first — so every log ends
  /// each copy with its final state.
  mutating func reportEnds(of records: [CopyRecord], now: Date) {
    for record in records where record.phase.isFinal && !ended.contains(record.id) {
      handle(record.phase.isSuccess ? .completed(record) : .failed(record), now: now)
    }
    reporter.finishLine()
  }

  /// Says that a signal stopped the waiting and how to pick it up again: one line on stderr (and an
  /// `interrupted` event with `jsonl`).
  mutating func interrupted(by signal: Int32, open: [CopyRecord], now: Date) {
    reporter.finishLine()
    if format == .jsonl {
      StandardOutput.line(EventOutput.interrupted(signal: SignalTrap.name(signal), open: open, now: now).compactText)
    }
    let ids = open.map(\.id).joined(separator: " ")
    switch open.count {
    case 0: StandardError.line("ferry: stopped waiting (\(SignalTrap.name(signal)))")
    case 1: StandardError.line("ferry: stopped waiting; the copy goes on — follow it with `ferry watch \(ids)`")
    default: StandardError.line("ferry: stopped waiting; the copies go on — follow them with `ferry watch \(ids)`")
    }
  }
}
