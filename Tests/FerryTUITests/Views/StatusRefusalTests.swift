import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@testable import FerryTUI

/// The status pane reads a refused copy's journalled error kind; it does not guess it from the code.
@Suite struct StatusRefusalTests {
  private func refused(_ kind: AWSError.Kind, code: String) -> CopyRecord {
    var record = CopyRecord(
      id: "cp-1", createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .rejected
    record.reason = "refused (\(code))"
    record.lastError = RecordedError(kind: kind, code: code, message: "m", at: Fixtures.now)
    return record
  }

  private func texts(_ record: CopyRecord) -> [String] {
    StatusView.lines(record, now: Fixtures.now, selected: true, width: 78).compactMap { line in
      if case .text(let text, _) = line { return text }
      return nil
    }
  }

  @Test func aRefusalForWantOfPermissionSaysSo() {
    // A code no list names: only the kind the account gave says it is a permission.
    let lines = texts(refused(.credentials, code: "AccessDeniedException"))
    #expect(lines.contains("  Not authorised: another profile (:profile), a permission or an opt-in is needed."))
  }

  @Test func aThrottledRefusalSaysNothingWasMade() {
    #expect(texts(refused(.throttling, code: "RequestLimitExceeded")).contains { $0.contains("nothing was made") })
  }

  @Test func anOrdinaryRefusalShowsItsReasonOnly() {
    // The title, the id and times, the reason: no hint.
    #expect(texts(refused(.service, code: "InvalidAMIName.Duplicate")).count == 3)
  }
}
