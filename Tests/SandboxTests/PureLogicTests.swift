import Foundation
import Testing

@testable import Sandbox

// MARK: - Filter patterns

@Test(arguments: [
  ("web-*", "web-server-2026", true),
  ("web-*", "api-web", false),
  ("*-2026-11-??", "db-primary-2026-11-15", true),
  ("*-2026-11-??", "db-primary-2026-11-1", false),
  ("a*b*c", "aXXbYYc", true),
  ("a*b*c", "aXXbYY", false),
  ("literal\\*", "literal*", true),
  ("literal\\*", "literalX", false),
  ("*", "", true),
  ("Web-*", "web-server", false),
])
func globPatterns(pattern: String, text: String, expected: Bool) {
  #expect(Glob.matches(pattern, text) == expected)
}

// MARK: - Copy progress

@Test func aCopyJobReports99PercentUntilItReallyEnds() {
  let start = Date(timeIntervalSince1970: 0)
  let job = CopyJob(startedAt: start, durationSeconds: 100, failure: nil)
  #expect(job.status(at: start).state == .running && job.status(at: start).progress == 0)
  #expect(job.status(at: start.addingTimeInterval(99.9)).progress == 99)
  #expect(job.status(at: start.addingTimeInterval(100)).state == .done)
  #expect(job.status(at: start.addingTimeInterval(-5)).progress == 0)
}

@Test func aFailingJobStopsAtItsFraction() {
  let start = Date(timeIntervalSince1970: 0)
  let job = CopyJob(startedAt: start, durationSeconds: 100, failure: .init(atFraction: 0.15, message: "boom"))
  #expect(job.status(at: start.addingTimeInterval(14)).state == .running)
  #expect(job.status(at: start.addingTimeInterval(15)).state == .failed("boom"))
  #expect(job.status(at: start.addingTimeInterval(500)).progress == 15)
  #expect(job.endsAt == start.addingTimeInterval(15))
}

@Test(
  arguments: [
    (8, nil, 21.2), (100, nil, 35.0), (2000, nil, 90.0), (8, 15, 15.0), (500, 2880, 2880.0),
  ] as [(Int, Int?, Double)])
func copyDurations(size: Int, minutes: Int?, seconds: Double) {
  #expect(abs(CopyTiming.seconds(sizeGiB: size, completionMinutes: minutes) - seconds) < 0.0001)
}

// MARK: - Ids

@Test func newIdsLookLikeAWSIdsAndNeverRepeat() {
  let ids = (1...1000).map { StableID.resource("snap", counter: UInt64($0)) }
  #expect(Set(ids).count == 1000)
  #expect(ids.allSatisfy { $0.count == 22 && $0.hasPrefix("snap-0") })
  #expect(StableID.resource("ami", counter: 1) == StableID.resource("ami", counter: 1))
}

@Test func taskCreationTimesAreGroupedInThousands() {
  #expect(CopyMaker.groupedMilliseconds(Date(timeIntervalSince1970: 1_795_000_000)) == "1,795,000,000,000")
  #expect(CopyMaker.groupedMilliseconds(Date(timeIntervalSince1970: 0.5)) == "500")
}
