import FerryCore
import FerryRules
import Foundation

/// A journal record as `ferry copy` and `ferry status` print it.
///
/// Pure. JSON keys are sorted; `operation`, `region`, `resourceId`, `clientToken` and `state` are the
/// contract's (`shared/contracts/request-and-plan.md`). `state` is EC2's word for where the copy is
/// (`pending`, then `available`/`failed` or `completed`/`error`), or ferry's where EC2 has none
/// (`planned`, `sending`, `rejected`, `cancelled`, `dry-run-succeeded`).
enum RecordOutput {
  static func state(_ record: CopyRecord) -> String {
    record.phase == .submitted ? "pending" : record.phase.rawValue
  }

  static func json(_ record: CopyRecord, now: Date) -> JSONValue {
    let estimate = ProgressEstimate(record: record, now: now)
    var members: [(key: String, value: JSONValue)] = [
      ("clientToken", .string(record.clientToken)),
      ("createdAt", .string(timestamp(record.createdAt))),
      ("destination", .string(record.destination)),
      ("elapsedSeconds", .number(String(Int(estimate.elapsed.seconds.rounded())))),
      ("id", .string(record.id)),
      ("operation", .string(record.operation.rawValue)),
      ("region", .string(record.region)),
      ("resourceId", record.resourceId.map(JSONValue.string) ?? .null),
      ("sourceId", .string(record.sourceId)),
      ("sourceRegion", .string(record.sourceRegion)),
      ("state", .string(state(record))),
      ("updatedAt", .string(timestamp(record.updatedAt))),
    ]
    if let progress = record.progress { members.append(("progress", .number(String(progress)))) }
    if let remaining = estimate.remaining {
      members.append(("etaSeconds", .number(String(Int(remaining.seconds.rounded())))))
    }
    if let reason = record.reason { members.append(("reason", .string(reason))) }
    if let submission = record.submission { members.append(("submission", .string(submission))) }
    if let adopted = record.adoptedAt { members.append(("adoptedAt", .string(timestamp(adopted)))) }
    if let error = record.lastError {
      members.append(
        (
          "lastError",
          .object([
            ("code", .string(error.code)), ("kind", .string(error.kind.rawValue)), ("message", .string(error.message)),
          ])
        ))
    }
    if !record.snapshots.isEmpty {
      members.append(
        (
          "snapshots",
          .array(
            record.snapshots.map { snapshot in
              .object([
                ("id", .string(snapshot.snapshotId)),
                ("progress", snapshot.progress.map { .number(String($0)) } ?? .null),
                ("state", .string(snapshot.state.rawValue)),
              ])
            })
        ))
    }
    return .object(members.sorted { $0.key < $1.key })
  }

  /// One line for people: `cp-… CopyImage ami-… → Local Zone us-east-1-bos-1a: pending 42%, eta 4m20s`.
  static func text(_ record: CopyRecord, now: Date) -> String {
    let estimate = ProgressEstimate(record: record, now: now)
    var line = "\(record.id)  \(record.operation.rawValue) \(record.sourceId) → \(record.destination): "
    line += record.resourceId.map { "\($0) " } ?? ""
    line += state(record)
    if !record.phase.isFinal, let percent = record.progress { line += " \(percent)%" }
    if let remaining = estimate.remaining { line += ", about \(Durations.text(remaining)) left" }
    if let reason = record.reason { line += " — \(reason)" }
    line += "  (ClientToken \(record.clientToken))"
    return line
  }

  /// The columns of `ferry status`'s text table.
  static let header = ["ID", "OPERATION", "NEW ID", "DESTINATION", "STATE", "PROGRESS", "ELAPSED", "ETA"]
  /// The ids `ferry watch`/`cancel` take are never cut; the operation (the new id says ami- or snap-) and
  /// the elapsed time, then the estimate, go first at a narrow terminal.
  static let whole: Set<String> = ["ID", "NEW ID"]
  static let dropOrder = ["OPERATION", "ELAPSED", "ETA"]

  static func row(_ record: CopyRecord, now: Date) -> [String] {
    let estimate = ProgressEstimate(record: record, now: now)
    return [
      record.id, record.operation.rawValue, record.resourceId ?? "-", record.destination, state(record),
      record.progress.map { "\($0)%" } ?? "-", Durations.text(estimate.elapsed),
      estimate.remaining.map(Durations.text) ?? "-",
    ]
  }

  static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle())
  }
}
