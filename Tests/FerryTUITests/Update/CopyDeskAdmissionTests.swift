import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

@testable import FerryTUI

/// The TUI submits through core's one admission: what `ferry copy` refuses, the TUI refuses with the
/// same rule, and nothing is journalled.
@Suite struct CopyDeskAdmissionTests {
  private let sandbox = SandboxAccount(directory: nil, now: { Fixtures.now })

  private func request(to region: String, token: String? = nil) -> CopyRequest {
    var request = CopyRequest(
      resource: .snapshot, source: SourceSpec(id: SandboxSeed.backupSnapshot, region: "us-east-1"),
      destination: DestinationSpec(region: region))
    request.clientToken = token
    return request
  }

  @Test func aTokenAlreadyJournalledForAnotherCopyIsRefusedByTheTUIToo() async throws {
    let journal = InMemoryJournal()
    let desk = CopyDesk(account: sandbox, journal: journal, time: ImmediateTimeSource(start: Fixtures.now))
    let catalog = Catalog(regions: try await sandbox.regions(from: "us-east-1"))
    // A runbook's `ferry copy` took the token first.
    let copier = Copier(account: sandbox, journal: journal, time: ImmediateTimeSource(start: Fixtures.now))
    let first = try await Admission(copier: copier).admit(
      request(to: "eu-west-1", token: "runbook-7f3a"), catalog: catalog)
    await #expect(throws: Failure.self) {
      try await desk.submit(request(to: "us-west-2", token: "runbook-7f3a"), catalog: catalog, facts: nil)
    }
    do {
      _ = try await desk.submit(request(to: "us-west-2", token: "runbook-7f3a"), catalog: catalog, facts: nil)
    } catch let failure as Failure {
      #expect(failure.code == "client-token-reused")
      #expect(failure.message.contains(first[0].id))
    }
    #expect(try await journal.records().map(\.id) == first.map(\.id))
  }
}
