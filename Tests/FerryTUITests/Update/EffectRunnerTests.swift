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
    let decoded = try CopyRequest.parse(json: Array(document.utf8))
    #expect(decoded == state.request)
    #expect(document.contains("\"kmsKeyId\": \"alias/backup\""))
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
