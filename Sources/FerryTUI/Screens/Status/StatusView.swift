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
    let width = body.width - 2
    // Each copy's line count is counted without building text (the scroll needs them all); lines are
    // built only for the copies shown, so a key costs the same with 2,000 copies as with 20.
    let groups = submissionGroups(status.copies)
    let heights = status.copies.indices.map {
      rowHeight($0, status.copies, groups, selected: status.cursor.selected)
    }
    let start = firstShown(heights: heights, selected: status.cursor.selected, room: body.maxY - y)
    for index in start..<status.copies.count {
      guard y < body.maxY else { break }
      let selected = index == status.cursor.selected
      let shown = rowLines(index, status.copies, groups, now: state.now, selected: status.cursor.selected, width: width)
      for line in shown {
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

  /// The first copy to show: from the top (the newest) while the selection fits below it, else the
  /// first that keeps the selection whole on screen — never scrolled past the end with rows empty below.
  ///
  /// Pure.
  static func firstShown(heights: [Int], selected: Int, room: Int) -> Int {
    guard heights.indices.contains(selected), room > 0 else { return 0 }
    var start = 0
    var used = heights[0...selected].reduce(0, +)
    while used > room, start < selected {
      used -= heights[start]
      start += 1
    }
    // Room left after the last copy shows earlier copies instead of blank lines.
    var total = heights[start...].reduce(0, +)
    while start > 0, total + heights[start - 1] <= room {
      start -= 1
      total += heights[start]
    }
    return start
  }

  /// "throttled by EC2 — next check in 20 s (Request limit exceeded.
  ///
  /// (RequestLimitExceeded))".
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

  /// How many lines `lines` gives this copy, without building them (no text, no dates, no estimate).
  ///
  /// Pure; kept equal to `lines(…).count` by StatusHeightTests.
  static func height(_ record: CopyRecord, selected: Bool) -> Int {
    var count = 3
    if record.reason != nil, !record.phase.isSuccess { count += 1 }
    if record.phase == .rejected, let error = record.lastError, refusalHint(error.kind) != nil { count += 1 }
    if selected, !record.phase.isFinal { count += record.snapshots.count }
    return count
  }

  /// Each copy's lines, the copies of one submission (`CopyRecord.submission`, more than one copy) under
  /// one heading with their mean progress, each a row of its own (the selected one in full).
  ///
  /// Pure.
  static func groupedLines(_ copies: [CopyRecord], now: Date, selected: Int, width: Int) -> [[Line]] {
    let groups = submissionGroups(copies)
    return copies.indices.map { rowLines($0, copies, groups, now: now, selected: selected, width: width) }
  }

  /// The submissions of more than one copy, by id: where the first of its copies is (its heading goes
  /// there) and its copies.
  ///
  /// Pure.
  static func submissionGroups(_ copies: [CopyRecord]) -> [String: (first: Int, members: [CopyRecord])] {
    var groups: [String: (first: Int, members: [CopyRecord])] = [:]
    for (index, record) in copies.enumerated() {
      guard let id = record.submission else { continue }
      groups[id, default: (index, [])].members.append(record)
    }
    return groups.filter { $0.value.members.count > 1 }
  }

  /// The lines of the copy at `index`: in full on its own, or as a row of its submission (after the
  /// submission's heading when it is the first), in full when selected.
  static func rowLines(
    _ index: Int, _ copies: [CopyRecord], _ groups: [String: (first: Int, members: [CopyRecord])], now: Date,
    selected: Int, width: Int
  ) -> [Line] {
    let record = copies[index]
    guard let id = record.submission, let group = groups[id] else {
      return lines(record, now: now, selected: index == selected, width: width)
    }
    var out: [Line] = group.first == index ? submissionHeading(id, group.members) : []
    out += index == selected ? lines(record, now: now, selected: true, width: width) : [memberRow(record)]
    return out
  }

  /// `rowLines(…).count`, without building them.
  static func rowHeight(
    _ index: Int, _ copies: [CopyRecord], _ groups: [String: (first: Int, members: [CopyRecord])], selected: Int
  ) -> Int {
    let record = copies[index]
    guard let id = record.submission, let group = groups[id] else { return height(record, selected: index == selected) }
    return (group.first == index ? 2 : 0) + (index == selected ? height(record, selected: true) : 1)
  }

  /// "Submission cp-… — 5 copies: 3 done, 2 copying" and a bar of the copies' mean progress.
  static func submissionHeading(_ id: String, _ group: [CopyRecord]) -> [Line] {
    let counts = Dictionary(grouping: group.map { phaseText($0.phase) }, by: { $0 })
      .sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key)" }
    let mean = group.map(percent).reduce(0, +) / group.count
    return [
      .text("Submission \(id) — \(group.count) copies: " + counts.joined(separator: ", "), .info),
      .bar(mean, "\(mean)% overall (mean of \(group.count) copies)"),
    ]
  }

  /// A copy of a submission in one row: phase, progress, destination, new id.
  static func memberRow(_ record: CopyRecord) -> Line {
    let target = record.resourceId ?? "(not named yet)"
    return .text(
      "  \(Format.pad(phaseText(record.phase), 10)) \(Format.pad("\(percent(record))%", 4)) → "
        + "\(Format.pad(record.destination, 24)) \(target)", .title)
  }

  /// A copy's progress in percent: EC2's figure, 100 once it succeeded.
  static func percent(_ record: CopyRecord) -> Int { record.progress ?? (record.phase.isSuccess ? 100 : 0) }

  /// One copy as lines: what it is and where it goes; its id, source and times; a progress bar with
  /// the estimate; the reason it failed; for the selected copy in flight, each snapshot's progress.
  static func lines(_ record: CopyRecord, now: Date, selected: Bool, width: Int) -> [Line] {
    let estimate = ProgressEstimate(record: record, now: now)
    let target = record.resourceId ?? "(not named yet)"
    var title = "\(Format.pad(phaseText(record.phase), 10)) \(target)"
    if case .string(let name)? = record.call.parameters["Name"] { title += "  \(name)" }
    var out: [Line] = [.text(title + "  → " + record.destination, .title)]
    let times =
      record.finishedAt.map { "\(clock(record.createdAt))–\(clock($0))" } ?? "since \(clock(record.createdAt))"
    out.append(.text("  \(record.id)  \(times)  ← \(record.sourceId) (\(record.sourceRegion))", .dim))
    var progress = "elapsed \(Durations.text(estimate.elapsed))"
    if let remaining = estimate.remaining {
      progress += ", about \(Durations.text(remaining)) left"
    } else if record.phase.isInFlight {
      progress += ", estimating…"
    }
    let percent = percent(record)
    out.append(.bar(percent, "\(percent)%  \(progress)"))
    if let reason = record.reason, !record.phase.isSuccess {
      out.append(.text("  " + reason, record.phase == .cancelled ? .warning : .error))
    }
    if record.phase == .rejected, let hint = record.lastError.flatMap({ refusalHint($0.kind) }) {
      out.append(.text("  " + hint, .warning))
    }
    // A finished copy's snapshots are history (a cancelled one's were never finished): shown only in flight.
    if selected, !record.phase.isFinal {
      for snapshot in record.snapshots {
        out.append(
          .text(
            "  snapshot \(snapshot.snapshotId): \(snapshot.state.rawValue) \(snapshot.progress.map { "\($0)%" } ?? "")",
            .dim))
      }
    }
    return out
  }

  /// A time of day in UTC, as EC2 and CloudTrail show them (`21:30:05Z`).
  static func clock(_ date: Date) -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: date)
    return String(format: "%02d:%02d:%02dZ", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  }

  /// What a refusal's journalled kind means for the operator; nil where the reason says it all.
  static func refusalHint(_ kind: AWSError.Kind) -> String? {
    switch kind {
    case .credentials: "Not authorised: another profile (:profile), a permission or an opt-in is needed."
    case .throttling: "Throttled by EC2 beyond the retries: nothing was made; submit it again later."
    case .service, .network, .invalidResponse, .configuration: nil
    }
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
