import FerryRules
import Foundation
import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// A session was killed with an unsubmitted form; the next one offers it back, restores it into the
/// form (source, destination, options, tags), re-plans, and deletes the file.
@MainActor
@Suite struct RestoreDraftScenario {
  private func keptDraft(_ request: CopyRequest) throws -> (URL, String) {
    try keptDraft(text: request.document.prettyText)
  }

  private func keptDraft(text: String) throws -> (URL, String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-draft-\(UUID().uuidString)")
    let path = try DraftKeeper(directory: directory).keep(text, at: Date())
    return (directory, path)
  }

  /// What ferry's TUI kept before 2026-12-02: synthesized Codable, tags as `[{"key", "value"}]`.
  private let legacyDraft = """
    {
      "completionDurationMinutes" : 60,
      "description" : "kept at 3 a.m.",
      "destination" : { "region" : "eu-west-1" },
      "encrypted" : true,
      "name" : "web-restored",
      "resource" : "image",
      "source" : { "id" : "\(SandboxSeed.webServerImage)", "region" : "us-east-1" },
      "tags" : {
        "image" : [ { "key" : "team", "value" : "edge" } ],
        "snapshot" : [ { "key" : "backup", "value" : "yes" } ]
      }
    }
    """

  @Test func aDraftKeptInTheOldShapeIsStillRestored() async throws {
    let (directory, path) = try keptDraft(text: legacyDraft)
    defer { try? FileManager.default.removeItem(at: directory) }
    let driver = try await ScenarioDriver(keptDraft: path)
    await driver.press(.character("R"))
    #expect(driver.state.request == request)
    #expect(driver.shows("image: team = edge"))
  }

  private var request: CopyRequest {
    var request = CopyRequest(
      resource: .image, source: SourceSpec(id: SandboxSeed.webServerImage, region: "us-east-1"),
      destination: DestinationSpec(region: "eu-west-1"))
    request.name = "web-restored"
    request.description = "kept at 3 a.m."
    request.encrypted = true
    request.tags = TagSets(image: [Tag(key: "team", value: "edge")], snapshot: [Tag(key: "backup", value: "yes")])
    request.completionDurationMinutes = 60
    return request
  }

  @Test func rRestoresTheFormReplansAndDeletesTheFile() async throws {
    let (directory, path) = try keptDraft(request)
    defer { try? FileManager.default.removeItem(at: directory) }
    let driver = try await ScenarioDriver(keptDraft: path)
    #expect(driver.shows("R restore draft"))
    await driver.press(.character("R"))
    #expect(driver.state.screen == .options)
    #expect(driver.state.source.chosen?.id == SandboxSeed.webServerImage)
    #expect(driver.state.destination.chosen?.name == "eu-west-1")
    #expect(driver.state.request == request)
    #expect(driver.state.options.plan?.call?.region == "eu-west-1")
    #expect(driver.state.options.dirty)
    #expect(driver.shows("Restored the request for \(SandboxSeed.webServerImage) → eu-west-1"))
    #expect(driver.shows("image: team = edge"))
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(driver.state.keptDraft == nil)
    await driver.press(.character("1"))
    #expect(!driver.shows("R restore draft"))
  }

  @Test func colonDraftDiscardDeletesTheFileWithoutTouchingTheForm() async throws {
    let (directory, path) = try keptDraft(request)
    defer { try? FileManager.default.removeItem(at: directory) }
    let driver = try await ScenarioDriver(keptDraft: path)
    await driver.press(.character(":"))
    await driver.type("draft discard")
    await driver.press(.enter)
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(driver.state.source.chosen == nil)
    #expect(driver.shows("Discarded the kept request"))
    #expect(KeyMaps.map(for: driver.state).binding(for: .character("R")) == nil)
  }

  @Test func aDraftWhoseSourceIsGoneSaysSoAndIsKept() async throws {
    var gone = request
    gone.source = SourceSpec(id: "ami-0000000000000dead", region: "us-east-1")
    let (directory, path) = try keptDraft(gone)
    defer { try? FileManager.default.removeItem(at: directory) }
    let driver = try await ScenarioDriver(keptDraft: path)
    await driver.press(.character("R"))
    #expect(driver.state.notice?.level == .error)
    #expect(driver.state.notice?.text.hasPrefix("Could not restore the kept request: ") == true)
    #expect(driver.state.notice?.text.contains("ami-0000000000000dead") == true)
    #expect(FileManager.default.fileExists(atPath: path))
  }
}
