import FerryCore
import FerryRules
import Foundation
import Testing

/// `ferry status` reads the live journal; finished copies past the retention move to the archive, which
/// `--all` includes (issue 15, item 3).
///
/// The retention comes from `--journal-retention`, else ferry's
/// config file, else 30 days.
@Suite struct JournalRetentionCommandTests {
  private let home = FerryRun.Home()
  private var journalURL: URL { home.directory.appendingPathComponent("state/ferry/journal.json") }

  /// A finished copy 45 days old, a finished one 2 days old, and one still being sent 90 days on.
  private func seed() async throws {
    func record(_ id: String, _ phase: CopyPhase, daysAgo: Double) -> CopyRecord {
      let finished = Date().addingTimeInterval(-daysAgo * 86400)
      var record = CopyRecord(
        id: id, createdAt: finished.addingTimeInterval(-600),
        call: APICall(operation: .copyImage, region: "eu-west-1", parameters: ["ClientToken": .string("t-\(id)")]),
        destination: "Region eu-west-1", sourceId: "ami-0123456789abcdef0", sourceRegion: "us-east-1",
        clientToken: "t-\(id)", phase: phase, account: "aws:123456789012")
      record.updatedAt = finished
      if phase.isFinal { record.finishedAt = finished }
      return record
    }
    let records = [
      record("cp-00000000old0", .available, daysAgo: 45), record("cp-00000000new0", .available, daysAgo: 2),
      record("cp-0000000stuck", .sending, daysAgo: 90),
    ]
    try await FileJournal(url: journalURL).modify { $0 = records }
  }

  /// Writes ferry's config file under a fresh XDG_CONFIG_HOME; returns its path and that environment.
  private func configFile(_ text: String) throws -> (path: String, environment: [String: String]) {
    let base = home.directory.appendingPathComponent("config")
    let file = base.appendingPathComponent("ferry/config")
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return (file.path, ["XDG_CONFIG_HOME": base.path])
  }

  private func ids(_ run: FerryRun) -> [String] {
    ((run.json as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }.sorted()
  }

  @Test func statusShowsTheLiveJournalAndAllIncludesTheArchive() async throws {
    try await seed()
    // The stuck copy would be re-sent, which needs an account: ask for the finished ones only.
    let live = try FerryRun.run(["status", "--output", "json", "cp-00000000new0"], home: home)
    #expect(live.status == 0, "\(live.stderr)")
    let listed = try FerryRun.run(["status", "--output", "json", "cp-00000000old0"], home: home)
    #expect(listed.status == 2, "an archived copy is not in the live journal")
    let all = try FerryRun.run(["status", "--all", "--output", "json", "cp-00000000old0"], home: home)
    #expect(all.status == 0, "\(all.stderr)")
    #expect(ids(all) == ["cp-00000000old0"])
    let month = Date().formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month())
    let archive = journalURL.deletingLastPathComponent().appendingPathComponent("journal.archive-\(month).json")
    #expect(FileManager.default.fileExists(atPath: archive.path))
    let remaining = try await FileJournal(url: journalURL).records().map(\.id).sorted()
    #expect(remaining == ["cp-00000000new0", "cp-0000000stuck"], "the copy still being sent stays live")
  }

  @Test func theFlagAndTheConfigFileSetTheRetention() async throws {
    try await seed()
    let environment = try configFile("[journal]\nretention = 1d\n").environment
    // The flag beats the file: 100 days keeps everything live.
    let kept = try FerryRun.run(
      ["status", "--journal-retention", "100d", "--output", "json", "cp-00000000old0"], home: home,
      environment: environment)
    #expect(kept.status == 0, "\(kept.stderr)")
    // The file's one day moves the two-day-old copy too.
    let pruned = try FerryRun.run(
      ["status", "--output", "json", "cp-00000000new0"], home: home, environment: environment)
    #expect(pruned.status == 2)
    let all = try FerryRun.run(
      ["status", "--all", "--output", "json", "cp-00000000new0", "cp-00000000old0"], home: home,
      environment: environment)
    #expect(ids(all) == ["cp-00000000new0", "cp-00000000old0"])
  }

  @Test func aBadRetentionIsOneClearError() throws {
    let flag = try FerryRun.run(["status", "--journal-retention", "soon"], home: home)
    #expect(flag.status == 64)
    #expect(flag.stderr.contains("--journal-retention must be a duration such as 30d or 12h, not \"soon\""))
    let (config, environment) = try configFile("[journal]\nretention = forever\n")
    let file = try FerryRun.run(["status"], home: home, environment: environment)
    #expect(file.status == 7)
    #expect(
      file.stderr == "ferry: \(config): [journal] retention: expected a duration such as 30d or 12h, not \"forever\"\n")
  }
}
