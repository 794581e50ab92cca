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
    // The contract's document, as `ferry plan FILE` / `ferry copy FILE` read it.
    let decoded = try CopyRequest.parse(json: Array(Data(contentsOf: URL(fileURLWithPath: second))))
    #expect(decoded == state.request)
    let permissions = try FileManager.default.attributesOfItem(atPath: second)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
  }

  @Test func draftsLiveUnderTheStateDirectory() throws {
    #expect(try DraftKeeper.directory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/ferry/drafts")
    #expect(throws: FerryDirectoryError(kind: .state)) { try DraftKeeper.directory(environment: ["HOME": ""]) }
  }
}

@Suite struct DraftFormTests {
  @Test func aRestoredFormBuildsTheSameRequest() throws {
    var state = Fixtures.optionsState()
    state.options.tags = [
      .init(resource: .image, key: "team", value: "edge"), .init(resource: .snapshot, key: "backup", value: "yes"),
    ]
    state.options.duration.set("45")
    state.options.dryRun = true
    state.options.kmsKeyId = "alias/backup"
    state.options.encrypted = true
    let request = try #require(state.request)
    let source = try #require(state.source.chosen)
    let form = OptionsState(restoring: request, from: source)
    #expect(RequestBuilder.request(source: source, destination: request.destination, form: form).0 == request)
    #expect(form.dirty)
    #expect(form.focus == .name)
  }

  @Test(arguments: [
    ("draft", CommandLineParser.Parsed.draft(discard: false)), ("draft restore", .draft(discard: false)),
    ("draft discard", .draft(discard: true)),
  ])
  func draftCommandsParse(line: String, expected: CommandLineParser.Parsed) {
    #expect(CommandLineParser.parse(line) == .success(expected))
  }

  @Test(arguments: [
    ("us-east-1-bos-1a", "us-east-1"), ("eu-west-1", "eu-west-1"), ("nowhere", nil),
    ("eusc-de-east-1-xyz-1a", "eusc-de-east-1"), ("us-gov-west-1-lax-1a", "us-gov-west-1"), ("use1-bos1-az1", nil),
  ])
  func aZoneNamesItsRegion(zone: String, region: String?) {
    #expect(RegionName.parentRegion(ofZone: zone) == region)
  }
}
