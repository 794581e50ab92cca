import FerryCore
import FerryRules
import Foundation
import Testing

@testable import ferry

@Suite struct OutputFormattingTests {
  // MARK: - Table

  @Test func columnsAlignAndTheWidestGivesWayFirst() {
    let table = Table(
      header: ["ID", "NAME", "STATE"],
      rows: [["ami-1", "a-very-long-image-name-that-goes-on", "available"], ["ami-22", "short", "pending"]])
    #expect(
      table.lines(width: nil) == [
        "ID      NAME                                 STATE",
        "ami-1   a-very-long-image-name-that-goes-on  available",
        "ami-22  short                                pending",
      ])
    #expect(
      table.lines(width: 32) == [
        "ID      NAME           STATE",
        "ami-1   a-very-long-…  available",
        "ami-22  short          pending",
      ])
  }

  // MARK: - Progress line

  @Test func theProgressLineShowsPercentBarElapsedAndETA() {
    var record = CopyRecord(
      id: "cp-1", createdAt: Date(timeIntervalSince1970: 0),
      call: APICall(operation: .copyImage, region: "us-east-1", parameters: [:]), destination: "Region us-east-1",
      sourceId: "ami-0", sourceRegion: "us-east-1", clientToken: "t", phase: .pending)
    record.resourceId = "ami-9"
    let estimate = ProgressEstimate(percent: 42, elapsed: .seconds(192), remaining: .seconds(260))
    #expect(
      ProgressReporter.progressLine(record, estimate)
        == "cp-1 ami-9 pending  42% [########............] 3m12s elapsed, about 4m20s left")
    #expect(
      ProgressReporter.progressLine(record, estimate, compact: true)
        == "ami-9  42% [########............] 3m12s elapsed, about 4m20s left")
  }

  @Test func aFanOutShowsOneSummaryLine() {
    let estimates = [
      ProgressEstimate(percent: 30, elapsed: .seconds(60), remaining: .seconds(140)),
      ProgressEstimate(percent: 60, elapsed: .seconds(60), remaining: .seconds(40)),
      ProgressEstimate(percent: nil, elapsed: .seconds(5), remaining: nil),
    ]
    #expect(
      ProgressReporter.summaryLine(estimates) == "3 copies under way, 30% on average, the next done in about 40s")
  }

  // MARK: - Exit statuses

  @Test func theExitStatusFollowsTheWorstCopy() {
    func record(_ phase: CopyPhase, code: String? = nil) -> CopyRecord {
      var record = CopyRecord(
        id: "cp-\(phase.rawValue)", createdAt: Date(timeIntervalSince1970: 0),
        call: APICall(operation: .copySnapshot, region: "eu-west-1", parameters: [:]), destination: "Region eu-west-1",
        sourceId: "snap-0", sourceRegion: "us-east-1", clientToken: "t", phase: phase)
      record.lastError = code.map { RecordedError(code: $0, message: "m", at: Date(timeIntervalSince1970: 0)) }
      return record
    }
    #expect(
      CopyCommand.status(of: [record(.completed), record(.available)], timedOut: false, waited: true) == .success)
    #expect(CopyCommand.status(of: [record(.completed), record(.error)], timedOut: false, waited: true) == .copyFailed)
    #expect(
      CopyCommand.status(of: [record(.rejected, code: "UnauthorizedOperation")], timedOut: false, waited: false)
        == .notAuthorised)
    #expect(CopyCommand.status(of: [record(.pending)], timedOut: true, waited: true) == .timedOut)
    #expect(CopyCommand.status(of: [record(.pending)], timedOut: false, waited: false) == .success)
  }

  // MARK: - Durations

  @Test(arguments: [("6h", 21600), ("90m", 5400), ("45s", 45), ("1h30m", 5400), ("2d", 172_800), ("600", 600)])
  func durationsParse(text: String, seconds: Int) {
    #expect(Durations.parse(text) == .seconds(seconds))
  }

  @Test(arguments: ["", "soon", "6x", "h", "0", "0m", "-5"])
  func malformedDurationsAreRefused(text: String) {
    #expect(Durations.parse(text) == nil)
  }

  @Test(arguments: [(12, "12s"), (245, "4m05s"), (11_520, "3h12m")])
  func durationsRead(seconds: Int, text: String) {
    #expect(Durations.text(.seconds(seconds)) == text)
  }
}
