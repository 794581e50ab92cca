import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@testable import ferry

@Suite struct OutputFormattingTests {
  /// An error as the journal keeps it, its kind from FerryCloud's classification of the code.
  private static func recorded(_ code: String) -> RecordedError {
    let kind = AWSError.Kind(serviceCode: code, httpStatus: nil)
    return RecordedError(kind: kind, code: code, message: "m", at: Date(timeIntervalSince1970: 0))
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
      record.lastError = code.map(Self.recorded)
      return record
    }
    #expect(
      CopyFollower.status(of: [record(.completed), record(.available)], timedOut: false, signal: nil, waited: true)
        == .success)
    #expect(
      CopyFollower.status(of: [record(.completed), record(.error)], timedOut: false, signal: nil, waited: true)
        == .copyFailed)
    #expect(
      CopyFollower.status(
        of: [record(.rejected, code: "UnauthorizedOperation")], timedOut: false, signal: nil, waited: false)
        == .notAuthorised)
    #expect(CopyFollower.status(of: [record(.pending)], timedOut: true, signal: nil, waited: true) == .timedOut)
    #expect(CopyFollower.status(of: [record(.pending)], timedOut: false, signal: nil, waited: false) == .success)
    // A signal stops the waiting: 128 + its number, unless a copy had already failed.
    #expect(CopyFollower.status(of: [record(.pending)], timedOut: false, signal: SIGHUP, waited: true) == .hangUp)
    #expect(CopyFollower.status(of: [record(.pending)], timedOut: false, signal: SIGINT, waited: true) == .interrupted)
    #expect(CopyFollower.status(of: [record(.pending)], timedOut: false, signal: SIGTERM, waited: true) == .terminated)
    #expect(
      CopyFollower.status(of: [record(.error), record(.pending)], timedOut: false, signal: SIGHUP, waited: true)
        == .copyFailed)
    // The journalled kind decides, not a list of codes: a KMS key the credentials may not use is "not authorised".
    var keyDenied = record(.rejected)
    keyDenied.lastError = RecordedError(
      kind: .credentials, code: "AccessDeniedException", message: "m", at: Date(timeIntervalSince1970: 0))
    #expect(CopyFollower.status(of: [keyDenied], timedOut: false, signal: nil, waited: false) == .notAuthorised)
    let duplicate = record(.rejected, code: "InvalidAMIName.Duplicate")
    #expect(CopyFollower.status(of: [duplicate], timedOut: false, signal: nil, waited: false) == .copyFailed)
    // Throttled beyond the retries: 6, unless another copy failed for another reason.
    #expect(
      CopyFollower.status(
        of: [record(.rejected, code: "RequestLimitExceeded"), record(.completed)], timedOut: false, signal: nil,
        waited: true) == .throttled)
    #expect(
      CopyFollower.status(
        of: [record(.rejected, code: "RequestLimitExceeded"), record(.error)], timedOut: false, signal: nil,
        waited: true) == .copyFailed)
  }

  @Test func aRequeuedCopySaysWhyItWaits() {
    func record(_ resource: CopyPhase, operation: FerryRules.Operation, code: String?) -> CopyRecord {
      var record = CopyRecord(
        id: "cp-1", createdAt: Date(timeIntervalSince1970: 0),
        call: APICall(operation: operation, region: "eu-west-1", parameters: [:]), destination: "Region eu-west-1",
        sourceId: "x", sourceRegion: "us-east-1", clientToken: "t", phase: resource)
      record.lastError = code.map(Self.recorded)
      return record
    }
    #expect(
      ProgressReporter.requeueReason(record(.planned, operation: .copyImage, code: "ResourceLimitExceeded"))
        == "waits for a free copy slot")
    #expect(
      ProgressReporter.requeueReason(record(.sending, operation: .copySnapshot, code: "ConnectionLost"))
        == "got no readable answer (ConnectionLost), so the copy may exist;"
        + " ferry looks for the copy by its ferry:client-token tag before sending it again")
    #expect(
      ProgressReporter.requeueReason(record(.sending, operation: .copyImage, code: "InternalError"))
        == "got no readable answer (InternalError), so the copy may exist;"
        + " ferry sends it again with the same ClientToken, which EC2 answers with the same copy")
  }

  @Test(arguments: [(SIGHUP, Int32(129)), (SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGUSR1, Int32(7))])
  func aSignalsStatusIs128PlusItsNumber(signal: Int32, status: Int32) {
    #expect(ExitStatus.stopped(by: signal).rawValue == status)
  }

  // MARK: - JSON lines

  @Test func aValueOnOneLineKeepsOrderDuplicatesAndEscapes() {
    let value = JSONValue.object([
      ("b", .array([.number("1"), .null, .bool(true)])), ("a", .string("line\nbreak \"quoted\"")),
      ("a", .object([])), ("c", .array([])),
    ])
    #expect(value.compactText == #"{"b":[1,null,true],"a":"line\nbreak \"quoted\"","a":{},"c":[]}"#)
  }

  @Test func aTimeoutIsOneEventPerCopyStillUnderWay() throws {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let records = ["cp-000000000001", "cp-000000000002"].map { id in
      CopyRecord(
        id: id, createdAt: start, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
        destination: "Region eu-west-1", sourceId: "ami-0", sourceRegion: "us-east-1", clientToken: "t-" + id,
        phase: .pending)
    }
    let lines = EventOutput.objects(.timedOut(records), now: start.addingTimeInterval(90)).map(\.compactText)
    let expected: String =
      #"{"clientToken":"t-cp-000000000001","createdAt":"2027-01-15T08:00:00Z","destination":"Region eu-west-1","#
      + #""elapsedSeconds":90,"event":"timed-out","id":"cp-000000000001","operation":"CopyImage","region":"eu-west-1","#
      + #""resourceId":null,"sourceId":"ami-0","sourceRegion":"us-east-1","state":"pending","#
      + #""time":"2027-01-15T08:01:30Z","updatedAt":"2027-01-15T08:00:00Z"}"#
    #expect(lines.count == 2)
    #expect(lines.first == expected)
  }

  @Test func aPollFailureCarriesAWSsCodeAndThePause() {
    let error = AWSError(kind: .throttling, code: "RequestLimitExceeded", message: "Request limit exceeded.")
    let line = EventOutput.objects(.pollFailed(error, retryIn: .seconds(40)), now: Date(timeIntervalSince1970: 0))
    let expected: String =
      #"{"error":{"code":"RequestLimitExceeded","message":"Request limit exceeded."},"event":"poll-failed","#
      + #""retryInSeconds":40,"time":"1970-01-01T00:00:00Z"}"#
    #expect(line.map(\.compactText) == [expected])
  }
}
