import FerryCore
import FerryRules
import Foundation
import Terminal

/// Turns copy events into progress on stderr: a live one-line bar on a terminal, plain lines in a log.
///
/// On a terminal the line is redrawn in place (`\r`, erase to end of line); elsewhere (a log file, a
/// CI job) each line stands alone, carries a UTC timestamp, contains no control codes, and is written
/// only when the state or the percent changes, so a six-hour copy does not flood the log. stdout is
/// never touched: it is reserved for the result.
struct ProgressReporter {
  var live: Bool
  var width: Int
  private var lastLogged: [String: String] = [:]
  private var lineOpen = false
  /// The latest estimate of each copy still under way, for the live line of a fan-out.
  private var underWay: [String: (record: CopyRecord, estimate: ProgressEstimate)] = [:]

  init(live: Bool, width: Int?) {
    self.live = live
    self.width = max(width ?? 80, 40)
  }

  mutating func report(_ event: CopyEvent, now: Date) {
    switch event {
    case .submitted(let record):
      emit(
        "\(record.id) submitted: \(record.resourceId ?? "?") in \(record.destination) (ClientToken \(record.clientToken))",
        final: true, now: now)
    case .progress(let record, let estimate):
      if live {
        underWay[record.id] = (record, estimate)
        let line =
          underWay.count == 1
          ? Self.progressLine(record, estimate, compact: true)
          : Self.summaryLine(underWay.values.map(\.estimate))
        emit(line, final: false)
      } else if lastLogged[record.id] != Self.logKey(record) {
        lastLogged[record.id] = Self.logKey(record)
        emit(Self.progressLine(record, estimate), final: true, now: now)
      }
    case .completed(let record):
      underWay[record.id] = nil
      emit("\(record.id) \(record.resourceId ?? "") \(RecordOutput.state(record))", final: true, now: now)
    case .failed(let record):
      underWay[record.id] = nil
      let what = [record.id, record.resourceId, RecordOutput.state(record)].compactMap { $0 }.joined(separator: " ")
      emit("\(what): \(record.reason ?? "no reason given")", final: true, now: now)
    case .requeued(let record, let delay):
      emit(
        "\(record.id) \(Self.requeueReason(record)); trying again in \(Durations.text(delay))", final: true, now: now)
    case .pollFailed(let error, let delay):
      emit("could not check progress (\(error.code)); trying again in \(Durations.text(delay))", final: true, now: now)
    case .timedOut(let open):
      finishLine()
      let ids = open.map(\.id).joined(separator: " ")
      let goesOn = open.count == 1 ? "the copy goes on" : "the copies go on"
      emit("stopped waiting; \(goesOn): follow with `ferry watch \(ids)`", final: true, now: now)
    case .stopped:
      finishLine()
    }
  }

  /// Why a copy waits to be sent again, from what its last attempt met.
  static func requeueReason(_ record: CopyRecord) -> String {
    let code = record.lastError?.code ?? ""
    if record.phase == .sending {
      let check =
        record.resource == .snapshot
        ? "ferry looks for the copy by its \(ClientTokenTag.key) tag before sending it again"
        : "ferry sends it again with the same ClientToken, which EC2 answers with the same copy"
      return "got no readable answer (\(code)), so the copy may exist; \(check)"
    }
    if code == "ResourceLimitExceeded" || code.isEmpty { return "waits for a free copy slot" }
    return "was not accepted (\(code))"
  }

  /// Ends a live line so what follows starts on its own.
  mutating func finishLine() {
    if lineOpen {
      StandardError.write("\n")
      lineOpen = false
    }
  }

  private mutating func emit(_ text: String, final: Bool, now: Date? = nil) {
    if live {
      // Only the line redrawn in place must fit: a wrapped one could not be erased by `\r`.
      let shown = TerminalText.escaped(text)
      let fitted = !final && shown.count > width - 1 ? String(shown.prefix(width - 2)) + "…" : shown
      StandardError.redraw(fitted)
      lineOpen = true
      if final { finishLine() }
    } else {
      let stamp = now.map { $0.formatted(Date.ISO8601FormatStyle()) + " " } ?? ""
      StandardError.line(stamp + text)
    }
  }

  /// One progress line: `cp-… ami-… pending  42% [########............] 3m12s elapsed, about 4m20s left`.
  ///
  /// Compact (for the live line, which must fit 80 columns) leaves out the local id and the state. Pure.
  static func progressLine(_ record: CopyRecord, _ estimate: ProgressEstimate, compact: Bool = false) -> String {
    let percent = estimate.percent ?? 0
    let filled = min(max(percent, 0), 100) / 5
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
    var line =
      compact ? "\(record.resourceId ?? "") " : "\(record.id) \(record.resourceId ?? "") \(RecordOutput.state(record)) "
    line += estimate.percent.map { String(format: "%3d%% ", $0) } ?? "  ?% "
    line += bar + " \(Durations.text(estimate.elapsed)) elapsed"
    if let remaining = estimate.remaining { line += ", about \(Durations.text(remaining)) left" }
    return line
  }

  /// The live line of a fan-out: `3 copies under way, 45% on average, the next done in about 2m10s`.
  static func summaryLine(_ estimates: [ProgressEstimate]) -> String {
    let percents = estimates.map { $0.percent ?? 0 }
    let average = percents.isEmpty ? 0 : percents.reduce(0, +) / percents.count
    var line = "\(estimates.count) copies under way, \(average)% on average"
    if let soonest = estimates.compactMap(\.remaining).min() {
      line += ", the next done in about \(Durations.text(soonest))"
    }
    return line
  }

  private static func logKey(_ record: CopyRecord) -> String {
    "\(record.phase.rawValue) \(record.progress ?? -1)"
  }
}
