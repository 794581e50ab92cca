import FerryRules
import Foundation
import Testing

@testable import FerryTUI

@Suite struct DraftKeeperTests {
  @Test func aKeptDraftIsTheRequestDocumentAndTheLatestIsFound() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-drafts-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let keeper = DraftKeeper(directory: directory)
    #expect(keeper.latest() == nil)
    let state = Fixtures.optionsState()
    let document = try #require(ReviewUpdate.requestDocument(state))
    let first = try keeper.keep(document, at: Fixtures.now)
    let second = try keeper.keep(document, at: Fixtures.now.addingTimeInterval(60))
    #expect(first != second)
    #expect(keeper.latest() == second)
    let decoded = try JSONDecoder().decode(CopyRequest.self, from: Data(contentsOf: URL(fileURLWithPath: second)))
    #expect(decoded == state.request)
    let permissions = try FileManager.default.attributesOfItem(atPath: second)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
  }

  @Test(arguments: [
    (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/s/ferry/drafts"),
    (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/ferry/drafts"),
  ])
  func draftsLiveUnderTheStateDirectory(environment: [String: String], expected: String) {
    #expect(DraftKeeper.directory(environment: environment)?.path == expected)
  }
}
