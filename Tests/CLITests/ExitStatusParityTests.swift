import AWSClient
import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

@testable import ferry

/// A copy refused on the sandbox ends `ferry copy` with the status the live account's refusal would:
/// both journal the kind FerryCloud's one classification gives the code, and the exit status reads it.
@Suite struct ExitStatusParityTests {
  private static func imageCopy(to region: String, zone: String? = nil, name: String) -> APICall {
    var parameters: [String: APIValue] = [
      "SourceImageId": .string(SandboxSeed.webServerImage), "SourceRegion": .string(SandboxSeed.homeRegion),
      "Name": .string(name),
    ]
    if let zone { parameters["DestinationAvailabilityZone"] = .string(zone) }
    return APICall(operation: .copyImage, region: region, parameters: parameters)
  }

  /// The call sent (through the copier, journalled) to a sandbox that has already made `before`.
  private func refusedOnTheSandbox(_ call: APICall, before: [APICall]) async throws -> CopyRecord {
    let account = SandboxAccount(directory: nil)
    for earlier in before { _ = try await account.copy(earlier) }
    let journal = InMemoryJournal()
    let record = CopyRecord(
      id: "cp-1", createdAt: Date(), call: call, destination: "there", sourceId: SandboxSeed.webServerImage,
      sourceRegion: SandboxSeed.homeRegion, clientToken: "t")
    try await journal.insert(record)
    return try await Copier(account: account, journal: journal).send(record.id)
  }

  /// The same refusal as the live client words it from EC2's answer (code and HTTP status).
  private func refusedLive(like sandbox: CopyRecord, status: Int) throws -> CopyRecord {
    let error = try #require(sandbox.lastError)
    let live = ErrorClassifier.serviceError(
      status: status, envelope: ErrorEnvelope(code: error.code, message: error.message),
      context: .init(operation: "CopyImage", region: sandbox.region, credentialsLabel: "profile prod", attempts: 1))
    var record = sandbox
    record.lastError = RecordedError(live, at: error.at)
    return record
  }

  @Test(arguments: [
    (imageCopy(to: "us-east-1", zone: SandboxSeed.localZoneNotOptedIn, name: "web-nyc"), [APICall](), 401, 5),
    (imageCopy(to: SandboxSeed.regionNotEnabled, name: "web-bah"), [], 401, 5),
    (imageCopy(to: "us-west-2", name: "web-twice"), [imageCopy(to: "us-west-2", name: "web-twice")], 400, 3),
  ])
  func aRefusedCopyEndsAlikeOnTheSandboxAndLive(call: APICall, before: [APICall], status: Int, expected: Int32)
    async throws
  {
    let sandbox = try await refusedOnTheSandbox(call, before: before)
    #expect(sandbox.phase == .rejected)
    let live = try refusedLive(like: sandbox, status: status)
    #expect(live.lastError?.kind == sandbox.lastError?.kind)
    let onSandbox = CopyFollower.status(of: [sandbox], timedOut: false, signal: nil, waited: false)
    let onLive = CopyFollower.status(of: [live], timedOut: false, signal: nil, waited: false)
    #expect(onSandbox == onLive)
    #expect(onSandbox.rawValue == expected, "\(sandbox.lastError?.code ?? "no error")")
  }
}
