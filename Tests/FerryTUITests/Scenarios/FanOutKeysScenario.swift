import FerryRules
import Foundation
import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// A fan-out whose places need different KMS keys (keys are regional: an ARN serves one Region): the
/// form's key applies everywhere until a place is given its own from its Region's picker; the request
/// document says so per destination, and a fan-out kept as a draft comes back whole.
@MainActor
@Suite struct FanOutKeysScenario {
  static let places = ["us-west-2", "eu-west-1", SandboxSeed.localZone]

  /// The web server AMI, the three places marked, the fan-out form open.
  private func fanOutForm() async throws -> ScenarioDriver {
    let driver = try await ScenarioDriver(width: 120, height: 40)
    await driver.press(.character("/"))
    await driver.type(SandboxSeed.webServerImage)
    await driver.press(.enter, .enter)
    for place in Self.places {
      let index = try #require(driver.state.destination.rows.firstIndex { $0.name == place })
      while driver.state.destination.cursor.selected < index { await driver.press(.down) }
      while driver.state.destination.cursor.selected > index { await driver.press(.up) }
      await driver.press(.character(" "))
    }
    await driver.press(.enter)
    #expect(driver.state.screen == .options)
    return driver
  }

  private func focus(_ field: OptionsState.Field, _ driver: ScenarioDriver) async {
    for _ in 0..<40 where driver.state.options.focus != field { await driver.press(.tab) }
  }

  /// Opens the picker on the focused row, waits for its keys, and picks the one named `alias` (nil: the
  /// Region's default key, row 0).
  private func pick(_ alias: String?, _ driver: ScenarioDriver) async throws {
    await driver.press(.enter)
    let picker = try #require(driver.state.options.picker)
    guard case .loaded(let keys)? = driver.state.kmsKeys[picker.region] else {
      Issue.record("the keys of \(picker.region) did not load")
      return
    }
    if let alias {
      let row = try #require(keys.firstIndex { $0.aliases.contains(alias) }) + 1
      for _ in 0..<row { await driver.press(.down) }
    }
    await driver.press(.enter)
  }

  @Test func aPlaceGetsAKeyOfItsOwnRegionAndTheDocumentSaysSo() async throws {
    let driver = try await fanOutForm()
    #expect(driver.state.options.shownFields(for: .image).contains(.keys))

    // The form's key applies to every place until one is given its own.
    await focus(.kmsKey, driver)
    try await pick("alias/backup", driver)
    #expect(driver.state.options.kmsKeyId == "alias/backup")
    await focus(.keys, driver)
    #expect(driver.state.options.targetCursor == 0)
    #expect(driver.shows("Key per place"))
    #expect(driver.shows("alias/backup (as above)"))

    // down steps through the places; the zone's picker lists its parent Region's keys.
    await driver.press(.down, .down)
    #expect(driver.state.options.targetCursor == 2)
    await driver.press(.enter)
    #expect(driver.state.options.picker?.region == "us-east-1")
    #expect(driver.state.options.picker?.place == 2)
    #expect(driver.shows("KMS keys in us-east-1 for \(SandboxSeed.localZone)"))
    await driver.press(.escape)
    #expect(driver.state.options.picker == nil)

    // eu-west-1 gets alias/prod; us-west-2 the Region's default key.
    await driver.press(.up)
    try await pick("alias/prod", driver)
    #expect(driver.state.options.targets[1].key == .key("alias/prod"))
    await driver.press(.up)
    try await pick(nil, driver)
    #expect(driver.state.options.targets[0].key == .regionDefault)
    #expect(driver.shows("default EBS key of us-west-2"))

    // No request-level key can mean "the default here": the document names each place's key instead.
    let request = try #require(driver.state.request)
    #expect(request.kmsKeyId == nil)
    #expect(request.destinations?.map(\.kmsKeyId) == [nil, "alias/prod", "alias/backup"])
    #expect(request.singleCopies.map(\.kmsKeyId) == [nil, "alias/prod", "alias/backup"])
    #expect(driver.state.options.errors.isEmpty)

    // ⌫ gives a place the form's key back.
    await driver.press(.backspace)
    #expect(driver.state.options.targets[0].key == .shared)
    let shared = try #require(driver.state.request)
    #expect(shared.kmsKeyId == "alias/backup")
    #expect(shared.destinations?.map(\.kmsKeyId) == [nil, "alias/prod", nil])

    // The review's calls each carry their own key.
    await driver.press(.control("g"))
    let commands = ReviewUpdate.awsCommands(driver.state)
    #expect(commands.count == 3)
    #expect(commands[1].contains("--kms-key-id alias/prod"))
    #expect(commands[0].contains("--kms-key-id alias/backup"))
  }

  @Test func aFanOutKeptAsADraftIsRestoredWhole() async throws {
    let driver = try await fanOutForm()
    await driver.press(.control("u"))
    await driver.type("edge-4242")
    await focus(.names, driver)
    await driver.press(.down)
    await driver.press(.control("u"))
    await driver.type("edge-4242-eu")
    await focus(.keys, driver)
    await driver.press(.down)
    try await pick("alias/prod", driver)
    let request = try #require(driver.state.request)
    #expect(request.destinations?.count == 3)

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-draft-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try DraftKeeper(directory: directory).keep(request.document.prettyText, at: Date())
    let next = try await ScenarioDriver(width: 120, height: 40, keptDraft: path)
    await next.press(.character("R"))
    #expect(next.state.screen == .options)
    #expect(next.state.destination.marked.map(\.name) == Self.places)
    #expect(next.state.request == request)
    #expect(next.state.options.targets[1].edited)
    #expect(next.state.options.targets[1].key == .key("alias/prod"))
    #expect(next.shows("Restored the request for \(SandboxSeed.webServerImage) → 3 places"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
