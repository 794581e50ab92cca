import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// Copy events as JSON objects, one per line, for `--output jsonl`.
///
/// Pure. Each object has `event` (`submitted`, `progress`, `completed`, `failed`, `requeued`,
/// `poll-failed`, `stopped`, `timed-out`, `interrupted`) and `time`; events about a copy carry the
/// record's fields as `ferry status --output json` prints them; keys sorted.
enum EventOutput {
  static func objects(_ event: CopyEvent, now: Date) -> [JSONValue] {
    switch event {
    case .submitted(let record): [copy("submitted", record, now: now)]
    case .progress(let record, _): [copy("progress", record, now: now)]
    case .completed(let record): [copy("completed", record, now: now)]
    case .failed(let record): [copy("failed", record, now: now)]
    case .requeued(let record, let delay):
      [copy("requeued", record, now: now, extra: [("retryInSeconds", seconds(delay))])]
    case .pollFailed(let error, let delay):
      [plain("poll-failed", now: now, extra: [("error", errorValue(error)), ("retryInSeconds", seconds(delay))])]
    case .stopped(let error):
      [plain("stopped", now: now, extra: [("error", errorValue(error))])]
    case .timedOut(let open):
      open.map { copy("timed-out", $0, now: now) }
    }
  }

  /// The line written when a signal stops the waiting: which signal, and which copies go on.
  static func interrupted(signal: String, open: [CopyRecord], now: Date) -> JSONValue {
    plain("interrupted", now: now, extra: [("ids", .array(open.map { .string($0.id) })), ("signal", .string(signal))])
  }

  private static func copy(
    _ name: String, _ record: CopyRecord, now: Date, extra: [(key: String, value: JSONValue)] = []
  ) -> JSONValue {
    guard case .object(let fields) = RecordOutput.json(record, now: now) else { return .null }
    return sorted(fields + extra + [("event", .string(name)), ("time", .string(RecordOutput.timestamp(now)))])
  }

  private static func plain(_ name: String, now: Date, extra: [(key: String, value: JSONValue)]) -> JSONValue {
    sorted(extra + [("event", .string(name)), ("time", .string(RecordOutput.timestamp(now)))])
  }

  private static func errorValue(_ error: AWSError) -> JSONValue {
    .object([("code", .string(error.code)), ("message", .string(error.message))])
  }

  private static func seconds(_ duration: Duration) -> JSONValue {
    .number(String(Int(duration.seconds.rounded())))
  }

  private static func sorted(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
    .object(members.sorted { $0.key < $1.key })
  }
}
