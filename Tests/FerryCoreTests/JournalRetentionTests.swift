import FerryCore
import FerryRules
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Finished copies older than the retention leave the live journal for a dated archive beside it (issue 15).
@Suite struct JournalRetentionTests {
  private let scratch = ScratchDirectory("ferry-retention")
  private var url: URL { scratch.directory.appendingPathComponent("ferry/journal.json") }
  /// 2026-12-02T12:00:00Z.
  private static let now = Date(timeIntervalSince1970: 1_796_212_800)
  private static let day: TimeInterval = 86400

  private func record(_ id: String, _ phase: CopyPhase, finishedDaysAgo days: Double) -> CopyRecord {
    let finished = Self.now.addingTimeInterval(-days * Self.day)
    var record = CopyRecord(
      id: id, createdAt: finished.addingTimeInterval(-600),
      call: APICall(operation: .copyImage, region: "eu-west-1", parameters: ["ClientToken": .string("t-\(id)")]),
      destination: "Region eu-west-1", sourceId: "ami-0123456789abcdef0", sourceRegion: "us-east-1",
      clientToken: "t-\(id)", phase: phase)
    record.updatedAt = finished
    if phase.isFinal { record.finishedAt = finished }
    return record
  }

  private func journal(_ retention: JournalRetention? = .standard) -> FileJournal {
    FileJournal(url: url, retention: retention, now: { Self.now })
  }

  private var archive: URL { url.deletingLastPathComponent().appendingPathComponent("journal.archive-2026-12.json") }

  // MARK: - The rule

  @Test func onlyFinishedCopiesOlderThanTheRetentionExpire() {
    let retention = JournalRetention.standard
    #expect(retention.isExpired(record("a", .available, finishedDaysAgo: 31), now: Self.now))
    #expect(retention.isExpired(record("b", .rejected, finishedDaysAgo: 400), now: Self.now))
    #expect(!retention.isExpired(record("c", .available, finishedDaysAgo: 29), now: Self.now))
    // However old, a copy that may still change stays live.
    for phase in [CopyPhase.planned, .sending, .submitted, .pending] {
      #expect(!retention.isExpired(record("d", phase, finishedDaysAgo: 400), now: Self.now))
    }
    var noFinish = record("e", .failed, finishedDaysAgo: 40)
    noFinish.finishedAt = nil
    #expect(retention.isExpired(noFinish, now: Self.now), "the last change counts when finishedAt is missing")
    #expect(
      JournalRetention(age: .seconds(3600)).isExpired(record("f", .completed, finishedDaysAgo: 0.1), now: Self.now))
  }

  @Test func theArchiveIsNamedForTheMonthInUTC() {
    let journal = URL(fileURLWithPath: "/s/ferry/journal.json")
    #expect(JournalRetention.archiveURL(beside: journal, now: Self.now).path == "/s/ferry/journal.archive-2026-12.json")
    #expect(JournalRetention.isArchiveName("journal.archive-2026-12.json"))
    #expect(!JournalRetention.isArchiveName("journal.archive-2026-12.json.corrupt-20261202T120000Z"))
    #expect(!JournalRetention.isArchiveName(".journal.archive-2026-12.json.1.2.tmp"))
  }

  // MARK: - The file journal

  @Test func readingMovesExpiredRecordsToTheArchiveAndLosesNone() async throws {
    let records = [
      record("cp-old", .available, finishedDaysAgo: 45), record("cp-new", .completed, finishedDaysAgo: 2),
      record("cp-stuck", .sending, finishedDaysAgo: 90), record("cp-older", .failed, finishedDaysAgo: 60),
    ]
    try await journal(nil).modify { $0 = records }
    let live = try await journal().records()
    #expect(live.map(\.id) == ["cp-new", "cp-stuck"])
    #expect(try await journal(nil).records().map(\.id) == ["cp-new", "cp-stuck"], "the live file itself is pruned")
    let all = try await journal().allRecords()
    #expect(Set(all.map(\.id)) == Set(records.map(\.id)) && all.count == records.count)
    #expect(all.first { $0.id == "cp-old" } == records[0], "archived exactly as it was")
    var info = stat()
    #expect(stat(archive.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    let document = try JSONSerialization.jsonObject(with: Data(contentsOf: archive)) as? [String: Any]
    #expect((document?["copies"] as? [Any])?.count == 2, "the archive is the journal's own format")
  }

  @Test func aSecondArchivingInTheMonthAddsToTheArchive() async throws {
    try await journal(nil).modify { $0 = [record("cp-1", .available, finishedDaysAgo: 40)] }
    _ = try await journal().records()
    try await journal(nil).insert(record("cp-2", .completed, finishedDaysAgo: 35))
    _ = try await journal().records()
    #expect(try await journal().records().isEmpty)
    #expect(try await journal().allRecords().map(\.id).sorted() == ["cp-1", "cp-2"])
  }

  /// A crash after the archive was written but before the live journal was: the copy is in both files,
  /// and shown once (the live record, the newer); the next read finishes the move.
  @Test func aRecordInBothFilesIsShownOnce() async throws {
    let copy = record("cp-1", .available, finishedDaysAgo: 40)
    try await FileJournal(url: archive).modify { $0 = [copy] }
    var changed = copy
    changed.reason = "kept live"
    let newer = changed
    try await journal(nil).modify { $0 = [newer] }
    #expect(try await journal(nil).allRecords() == [newer])
    _ = try await journal().records()
    #expect(try await journal().allRecords() == [newer])
  }

  @Test func withoutARetentionNothingMoves() async throws {
    try await journal(nil).modify { $0 = [self.record("cp-1", .available, finishedDaysAgo: 4000)] }
    #expect(try await journal(nil).records().count == 1)
    #expect(!FileManager.default.fileExists(atPath: archive.path))
  }

  /// Two ferry processes (two journals on one file, each its own lock descriptor) writing and archiving at
  /// once: every copy ends in exactly one place.
  @Test func concurrentWritersAndArchivingLoseNothing() async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        let journal = journal()
        let records = (0..<20).map { record("cp-\(writer)-\($0)", .available, finishedDaysAgo: $0 % 2 == 0 ? 50 : 1) }
        group.addTask {
          for record in records {
            try await journal.insert(record)
            _ = try await journal.records()
          }
        }
      }
      try await group.waitForAll()
    }
    let live = try await journal().records()
    let all = try await journal().allRecords()
    #expect(live.count == 20 && live.allSatisfy { (Int($0.id.split(separator: "-").last ?? "") ?? 0) % 2 == 1 })
    #expect(all.count == 40 && Set(all.map(\.id)).count == 40)
  }
}
