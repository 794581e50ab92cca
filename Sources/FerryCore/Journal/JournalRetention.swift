import Foundation

/// How long a finished copy stays in the live journal before it is moved to an archive beside it.
///
/// The live journal is read whole by every command and by the TUI's start, so without a bound it grows
/// with every copy ever made. A record is archived once it is final and its last change (`finishedAt`, else
/// `updatedAt`) is older than `age`; a copy still planned, sending or under way never is, however old.
/// Archives are dated by the UTC month they were written in (`journal.archive-2026-12.json`), in the
/// journal's own format, so `jq` reads them as it reads the journal. Pure.
public struct JournalRetention: Sendable, Equatable {
  /// 30 days, unless the config file (`[journal] retention`) or `--journal-retention` says otherwise.
  public static let standard = JournalRetention(age: .seconds(30 * 86400))

  public var age: Duration

  public init(age: Duration) { self.age = age }

  /// Whether `record` leaves the live journal at `now`.
  public func isExpired(_ record: CopyRecord, now: Date) -> Bool {
    guard record.phase.isFinal else { return false }
    return now.timeIntervalSince(record.finishedAt ?? record.updatedAt) > age.seconds
  }

  /// The records that stay live and those to archive, each in their journal order.
  public func split(_ records: [CopyRecord], now: Date) -> (live: [CopyRecord], expired: [CopyRecord]) {
    var live: [CopyRecord] = []
    var expired: [CopyRecord] = []
    for record in records {
      if isExpired(record, now: now) { expired.append(record) } else { live.append(record) }
    }
    return (live, expired)
  }

  /// The archive file for records archived at `now`: `journal.archive-YYYY-MM.json` beside `journal`.
  public static func archiveURL(beside journal: URL, now: Date) -> URL {
    let month = now.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month())
    return journal.deletingLastPathComponent().appendingPathComponent("journal.archive-\(month).json")
  }

  /// Whether `name` is one of the archive files `archiveURL` makes.
  public static func isArchiveName(_ name: String) -> Bool {
    name.hasPrefix("journal.archive-") && name.hasSuffix(".json")
  }

  /// Records of the archives and of the live journal as one list, oldest first, each copy once: a record in
  /// both (a crash between writing the archive and the live journal) is the live one.
  public static func merged(archives: [[CopyRecord]], live: [CopyRecord]) -> [CopyRecord] {
    let liveIds = Set(live.map(\.id))
    var seen = Set<String>()
    var archived: [CopyRecord] = []
    for record in archives.joined() where !liveIds.contains(record.id) && seen.insert(record.id).inserted {
      archived.append(record)
    }
    return archived.sorted { $0.createdAt < $1.createdAt } + live
  }
}
