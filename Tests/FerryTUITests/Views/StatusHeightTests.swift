import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@testable import FerryTUI

/// The status pane scrolls by `StatusView.height` and draws only the copies shown, so the height must
/// be exactly the number of lines `StatusView.lines` draws, for every kind of record.
@Suite struct StatusHeightTests {
  private static let kinds: [AWSError.Kind] = [
    .service, .throttling, .credentials, .network, .invalidResponse, .configuration,
  ]

  /// Every phase, with and without a reason, an error of every kind and two snapshots.
  private static func records() -> [CopyRecord] {
    var out: [CopyRecord] = []
    for phase in CopyPhase.allCases {
      for reason in [nil, "Given key ID is not accessible"] {
        for kind in [nil] + kinds.map(Optional.some) {
          var record = CopyRecord(
            id: "cp-1", createdAt: Fixtures.now,
            call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
            destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
          record.phase = phase
          record.reason = reason
          record.lastError = kind.map { RecordedError(kind: $0, code: "C", message: "m", at: Fixtures.now) }
          record.snapshots = [
            SnapshotProgress(snapshotId: "snap-0a", state: .pending, progress: 10),
            SnapshotProgress(snapshotId: "snap-0b", state: .completed, progress: 100),
          ]
          out.append(record)
        }
      }
    }
    return out
  }

  @Test func theHeightIsTheNumberOfLinesDrawn() {
    for record in Self.records() {
      for selected in [false, true] {
        let drawn = StatusView.lines(record, now: Fixtures.now, selected: selected, width: 78).count
        let error = record.lastError?.kind.rawValue ?? "none"
        #expect(
          StatusView.height(record, selected: selected) == drawn,
          "\(record.phase) reason \(record.reason != nil) error \(error) selected \(selected)")
      }
    }
  }
}
