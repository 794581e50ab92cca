import FerryCore
import FerryRules
import Foundation
import Testing

@testable import FerryTUI

/// The status pane shows the copies of one submission under one heading with their mean progress.
@Suite struct StatusGroupingTests {
  private func copy(_ id: String, submission: String?, progress: Int?, phase: CopyPhase) -> CopyRecord {
    var record = CopyRecord(
      id: id, createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "us-west-2", parameters: [:]),
      destination: "Region \(id)", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: id)
    record.submission = submission
    record.progress = progress
    record.phase = phase
    return record
  }

  @Test func aSubmissionsCopiesShareOneHeadingWithTheirMeanProgress() {
    let copies = [
      copy("cp-3", submission: "cp-1", progress: 30, phase: .pending),
      copy("cp-2", submission: "cp-1", progress: nil, phase: .available),
      copy("cp-1", submission: "cp-1", progress: 50, phase: .pending),
      copy("cp-0", submission: "cp-0", progress: 10, phase: .pending),
    ]
    let rows = StatusView.groupedLines(copies, now: Fixtures.now, selected: 3, width: 78)
    // The heading once, before the submission's first row; (30 + 100 + 50) / 3 = 60.
    #expect(rows[0].first == .text("Submission cp-1 — 3 copies: 2 copying, 1 done", .info))
    #expect(rows[0].dropFirst().first == .bar(60, "60% overall (mean of 3 copies)"))
    #expect(rows[1].count == 1 && rows[2].count == 1)
    #expect(rows[1] == [.text("  done       100% → Region cp-2              (not named yet)", .title)])
    // A copy alone in its submission is drawn as before, in full.
    #expect(rows[3] == StatusView.lines(copies[3], now: Fixtures.now, selected: true, width: 78))
  }

  @Test func theSelectedCopyOfASubmissionShowsInFull() {
    let copies = [
      copy("cp-2", submission: "cp-1", progress: 20, phase: .pending),
      copy("cp-1", submission: "cp-1", progress: 40, phase: .pending),
    ]
    let rows = StatusView.groupedLines(copies, now: Fixtures.now, selected: 1, width: 78)
    #expect(rows[1] == StatusView.lines(copies[1], now: Fixtures.now, selected: true, width: 78))
    #expect(rows[0].count == 3)
  }
}
