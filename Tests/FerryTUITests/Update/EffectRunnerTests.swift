import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

@testable import FerryTUI

/// Commands run against the sandbox account: preflight findings and saving the request document.
@Suite struct EffectRunnerTests {
  private func runner() -> EffectRunner {
    let account = SandboxAccount(directory: nil, now: { Fixtures.now })
    return EffectRunner(account: account, desk: CopyDesk(account: account, journal: InMemoryJournal()), pageSize: 5)
  }

  private func call(_ image: String, region: String = "eu-west-1", name: String = "copy-1") -> APICall {
    APICall(
      operation: .copyImage, region: region,
      parameters: [
        "SourceImageId": .string(image), "SourceRegion": .string("us-east-1"), "Name": .string(name),
      ])
  }

  // MARK: - Preflight

  @Test func aSourceKeyYouCannotDescribeIsCaughtBeforeSubmit() async throws {
    // The partner's image is encrypted with the partner's key, which this account may not describe.
    let sandbox = SandboxAccount(directory: nil, now: { Fixtures.now })
    let query = ImageQuery(imageIds: [SandboxSeed.sharedEncryptedImage])
    let image = try #require(try await sandbox.images(in: "us-east-1", query: query, nextToken: nil).items.first)
    let keys = image.blockDevices.compactMap(\.kmsKeyId)
    #expect(!keys.isEmpty)
    let input = PreflightInput(
      call: call(SandboxSeed.sharedEncryptedImage), sourceRegion: "us-east-1", sourceKeyIds: keys, imageName: "copy-1")
    let findings = await Preflight(account: sandbox).sourceKeys(input)
    #expect(findings.map(\.rule) == Array(repeating: "preflight-source-key", count: keys.count))
    #expect(findings.allSatisfy { $0.severity == .error && $0.message.contains("(AccessDeniedException)") })
    #expect(findings.first?.message.contains("\"Given key ID is not accessible\"") == true)
  }

  @Test func aPassingDryRunIsAnInfoFinding() async {
    let findings = await Preflight(account: SandboxAccount(directory: nil, now: { Fixtures.now }))
      .dryRun(call(SandboxSeed.webServerImage))
    #expect(
      findings == [
        Finding(
          severity: .info, field: "dryRun", rule: "preflight-dry-run",
          message: "Dry run passed: you may call CopyImage in eu-west-1.")
      ])
  }

  @Test func anImageWithTheSameNameInTheDestinationIsAnError() async throws {
    let sandbox = SandboxAccount(directory: nil, now: { Fixtures.now })
    let existing = try await sandbox.images(in: "us-east-1", query: .init(owners: ["self"]), nextToken: nil).items[0]
    let input = PreflightInput(
      call: call(SandboxSeed.webServerImage, region: "us-east-1", name: existing.name),
      sourceRegion: "us-east-1", sourceKeyIds: [], imageName: existing.name)
    let findings = await Preflight(account: sandbox).sameName(input)
    #expect(findings.map(\.rule) == ["preflight-name-taken"])
    #expect(findings.first?.message.contains(existing.id) == true)
  }

  // MARK: - Saving the request document

  @Test func savingNeverOverwritesWithoutAConfirm() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("request.json").path
    let effects = runner()
    let first = await effects.run(.save(path: path, contents: "{\"a\":1}\n", overwrite: false), callerAccount: nil)
    #expect(first == .saved(.success(.written(path))))
    let second = await effects.run(.save(path: path, contents: "{\"a\":2}\n", overwrite: false), callerAccount: nil)
    #expect(second == .saved(.success(.exists(path))))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n")
    let confirmed = await effects.run(.save(path: path, contents: "{\"a\":2}\n", overwrite: true), callerAccount: nil)
    #expect(confirmed == .saved(.success(.written(path))))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":2}\n")
  }

  @Test func theSavedDocumentIsTheRequestTheContractDescribes() throws {
    var state = Fixtures.optionsState()
    state.options.kmsKeyId = "alias/backup"
    state.options.encrypted = true
    let document = try #require(ReviewUpdate.requestDocument(state))
    let decoded = try JSONDecoder().decode(CopyRequest.self, from: Data(document.utf8))
    #expect(decoded == state.request)
    #expect(document.contains("\"kmsKeyId\" : \"alias/backup\""))
  }

  // MARK: - Listings

  @Test func listingsArePagedAndSharedOnesMarked() async {
    let effects = runner()
    let owned = await effects.run(
      .loadSources(resource: .image, region: "us-east-1", scope: .owned, nextToken: nil, generation: 1),
      callerAccount: SandboxSeed.accountId)
    guard case .sourcesPage(1, .owned, .success(let page))? = owned else {
      Issue.record("unexpected \(String(describing: owned))")
      return
    }
    #expect(page.items.count == 5)
    #expect(page.nextToken != nil)
    #expect(page.items.allSatisfy { !$0.shared })
    let shared = await effects.run(
      .loadSources(resource: .image, region: "us-east-1", scope: .shared, nextToken: nil, generation: 1),
      callerAccount: SandboxSeed.accountId)
    guard case .sourcesPage(1, .shared, .success(let sharedPage))? = shared else { return }
    #expect(!sharedPage.items.isEmpty)
    #expect(sharedPage.items.allSatisfy { $0.shared })
  }
}
