import FerryCloud
import FerryCore
import Foundation
import Terminal

/// Draws the status pane: every journalled copy with its state, progress, elapsed time and estimate.
enum StatusView {
  static func render(_ state: AppState, in body: Rect, into canvas: inout Canvas) {
    let status = state.status
    let inFlight = status.copies.filter { !$0.phase.isFinal }.count
    var heading = "  Copies in the journal: \(status.copies.count), \(inFlight) in flight"
    if status.polling { heading += "  (refreshing…)" }
    canvas.bar(heading, row: body.y, in: body, .tableHeader)
    if let error = status.error {
      canvas.text("  Last refresh failed: \(error)", x: body.x, y: body.y + 1, .error, clip: body)
    } else if let text = throttleText(state) {
      canvas.text("  " + text, x: body.x, y: body.y + 1, .warning, clip: body)
    }
    if status.copies.isEmpty {
      canvas.text(
        "  No copies yet. Pick a source, a destination, review and submit.", x: body.x, y: body.y + 2, .dim, clip: body)
      return
    }
    var y = body.y + (status.error == nil && status.throttled == nil ? 1 : 2)
    let start = status.cursor.selected > 0 ? max(0, status.cursor.selected - (body.height / 4)) : 0
    for index in start..<status.copies.count {
      guard y < body.maxY else { break }
      let record = status.copies[index]
      let selected = index == status.cursor.selected
      for line in lines(record, now: state.now, selected: selected, width: body.width - 2) {
        guard y < body.maxY else { break }
        switch line {
        case .text(let text, let role):
          if selected, role == .title {
            canvas.bar(canvas.marker + " " + text, row: y, in: body, .selection)
          } else {
            canvas.text("  " + text, x: body.x, y: y, role, clip: body)
          }
        case .bar(let percent, let label):
          let barWidth = min(30, max(10, body.width - 40))
          canvas.progress(percent, label: label, x: body.x + 4, y: y, width: barWidth, clip: body)
        }
        y += 1
      }
    }
  }

  /// "throttled by EC2 — next check in 20 s (Request limit exceeded. (RequestLimitExceeded))".
  static func throttleText(_ state: AppState) -> String? {
    guard let throttle = state.status.throttled else { return nil }
    let next =
      state.status.polling ? "checking now" : "next check in \(state.status.secondsToNextPoll(now: state.now)) s"
    let what = throttle.kind == .throttling ? "throttled by EC2" : "EC2 unreachable"
    return "\(what) — \(next) (\(throttle.description))"
  }

  enum Line: Equatable {
    case text(String, ThemeRole)
    case bar(Int, String)
  }

  /// One copy as lines: a title, a progress bar with times, the reason it failed, per-snapshot progress.
  static func lines(_ record: CopyRecord, now: Date, selected: Bool, width: Int) -> [Line] {
    let estimate = ProgressEstimate(record: record, now: now)
    let target = record.resourceId ?? record.id
    var out: [Line] = [
      .text(
        "\(Format.pad(phaseText(record.phase), 10)) \(target) ← \(record.sourceId) (\(record.sourceRegion)) → \(record.destination)",
        .title)
    ]
    var times = "elapsed \(Durations.text(estimate.elapsed))"
    if let remaining = estimate.remaining { times += ", about \(Durations.text(remaining)) left" }
    let percent = record.progress ?? (record.phase.isSuccess ? 100 : 0)
    out.append(.bar(percent, "\(percent)%  \(times)"))
    if let reason = record.reason, !record.phase.isSuccess {
      out.append(.text("  " + reason, record.phase == .cancelled ? .warning : .error))
    }
    if selected {
      for snapshot in record.snapshots {
        out.append(
          .text(
            "  snapshot \(snapshot.snapshotId): \(snapshot.state.rawValue) \(snapshot.progress.map { "\($0)%" } ?? "")",
            .dim))
      }
    }
    return out
  }

  static func phaseText(_ phase: CopyPhase) -> String {
    switch phase {
    case .planned: "queued"
    case .sending: "sending"
    case .submitted, .pending: "copying"
    case .available, .completed: "done"
    case .failed, .error: "FAILED"
    case .rejected: "refused"
    case .cancelled: "cancelled"
    case .dryRunSucceeded: "dry run ok"
    }
  }
}
