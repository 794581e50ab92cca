import FerryCore
import FerryRules
import Foundation

@testable import FerryTUI

/// The fixed states the view tests draw.
enum ViewStates {
  static func source(width: Int, height: Int) -> AppState {
    Fixtures.loadedState(
      [
        Fixtures.item(1, name: "web-server-2026-11-13"), Fixtures.item(2, name: "db-primary"),
        Fixtures.item(3, name: "partner-base", owner: "210987654321"),
      ], width: width, height: height)
  }

  static func destination() -> AppState {
    var state = source(width: 80, height: 24)
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    return state
  }

  static func optionsWithBadName() -> AppState {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("u")))
    _ = update(&state, .key(.character("x")))
    return state
  }

  static func status() -> AppState {
    var state = Fixtures.loadedState([])
    var record = CopyRecord(
      id: "cp-0123456789ab", createdAt: Fixtures.now,
      call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-00000000000000001", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .pending
    record.resourceId = "ami-0fedcba9876543210"
    record.submittedAt = Fixtures.now
    record.progress = 25
    // Seen at 0 % on submission and at 25 % ten minutes later: the rate the estimate projects.
    record.firstProgress = ProgressMark(percent: 0, at: Fixtures.now)
    record.progressAt = Fixtures.now.addingTimeInterval(600)
    record.snapshots = [SnapshotProgress(snapshotId: "snap-0aaa", state: .pending, progress: 25)]
    var failed = record
    failed.id = "cp-ffffffffffff"
    failed.phase = .failed
    failed.resourceId = "ami-0badbadbadbadbad0"
    failed.progress = nil
    failed.reason = "Given key ID is not accessible"
    failed.finishedAt = Fixtures.now.addingTimeInterval(90)
    _ = update(&state, .copies(.success(CopiesReport(records: [record, failed]))))
    _ = update(&state, .tick(Fixtures.now.addingTimeInterval(600)))
    state.screen = .status
    return state
  }
}
