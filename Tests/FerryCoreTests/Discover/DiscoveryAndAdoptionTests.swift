import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

/// Discovery against the real built-in sandbox, and adoption into a journal.
@Suite struct DiscoveryAndAdoptionTests {
  private let time = ImmediateTimeSource(start: Date(timeIntervalSince1970: 1_795_000_000))
  private let sandbox: SandboxAccount
  private let counted: CallCounter

  init() {
    let time = self.time
    sandbox = SandboxAccount(directory: nil, now: { time.now() })
    counted = CallCounter(sandbox)
  }

  private func copySnapshot(to region: String, token: String? = nil) async throws -> String {
    var parameters: [String: APIValue] = [
      "SourceSnapshotId": .string(SandboxSeed.backupSnapshot), "SourceRegion": .string("us-east-1"),
    ]
    if let token {
      parameters["TagSpecifications"] = .list([
        .structure([
          "ResourceType": .string("snapshot"),
          "Tags": .list([.structure(["Key": .string("ferry:client-token"), "Value": .string(token)])]),
        ])
      ])
    }
    return try await sandbox.copy(APICall(operation: .copySnapshot, region: region, parameters: parameters)).resourceId
  }

  private func copyImage(to region: String) async throws -> String {
    let parameters: [String: APIValue] = [
      "SourceImageId": .string(SandboxSeed.webServerImage), "SourceRegion": .string("us-east-1"),
      "Name": .string("web-\(region)"), "ClientToken": .string("img-\(region)"),
    ]
    return try await sandbox.copy(APICall(operation: .copyImage, region: region, parameters: parameters)).resourceId
  }

  @Test func everyEnabledRegionIsAskedTwiceAtMostAndEveryCopyIsFound() async throws {
    let before = await Discovery(account: sandbox).copies(
      in: try await Discovery(account: sandbox).enabledRegions(from: "us-east-1"))
    let snapshot = try await copySnapshot(to: "us-west-2", token: "t-1")
    let image = try await copyImage(to: "eu-west-1")
    let discovery = Discovery(account: counted)
    let journal = InMemoryJournal()
    let found = try await discovery.copies(from: "us-east-1", journal: journal, accountKey: "sandbox")
    let new = found.copies.filter { [snapshot, image].contains($0.resourceId) }
    #expect(found.copies.count == before.copies.count + 2)
    #expect(new.map(\.resourceId).sorted() == [image, snapshot].sorted())
    #expect(new.allSatisfy { !$0.isKnown && $0.state == "pending" })
    #expect(new.first { $0.resourceId == snapshot }?.clientToken == "t-1")
    #expect(new.first { $0.resourceId == image }?.sourceId == SandboxSeed.webServerImage)
    #expect(found.errors.isEmpty)
    let perRegion = await counted.describeCallsPerRegion()
    #expect(Set(perRegion.keys) == Set(found.regions))
    #expect(perRegion.values.allSatisfy { $0 <= 2 })
  }

  @Test func adoptingTwiceAtOnceRecordsACopyOnce() async throws {
    let snapshot = try await copySnapshot(to: "us-west-2", token: "t-2")
    let started = time.now()
    time.advance(by: .seconds(10))
    let journal = InMemoryJournal()
    let found = try await Discovery(account: sandbox).copies(from: "us-east-1", journal: journal, accountKey: "sandbox")
    let mine = found.copies.filter { $0.resourceId == snapshot }
    let adoption = Adoption(journal: journal, accountKey: "sandbox", time: time)
    async let first = adoption.adopt(mine)
    async let second = adoption.adopt(mine)
    let (a, b) = try await (first, second)
    #expect(a.map(\.id) == b.map(\.id))
    let records = try await journal.records()
    #expect(records.count == 1)
    let record = try #require(records.first)
    #expect(record.resourceId == snapshot && record.phase == .pending && record.adoptedAt != nil)
    #expect(record.clientToken == "t-2" && record.account == "sandbox" && record.region == "us-west-2")
    #expect(record.sourceId == SandboxSeed.backupSnapshot)
    // Started when EC2 says, not when adopted ten seconds later.
    #expect(record.submittedAt.map { abs($0.timeIntervalSince(started)) < 0.01 } == true)
    #expect(record.createdAt == started.addingTimeInterval(10))
    // Known now: discovery says so, and the poller follows it to the end.
    let again = try await Discovery(account: sandbox).copies(from: "us-east-1", journal: journal, accountKey: "sandbox")
    #expect(again.copies.first { $0.resourceId == snapshot }?.journalId == record.id)
    let poller = Poller(account: sandbox, journal: journal, time: time, accountKey: "sandbox")
    time.advance(by: .seconds(600))
    _ = try await poller.pollOnce()
    #expect(try await journal.record(record.id)?.phase == .completed)
  }

  @Test func anIdIsLocatedInTheRegionThatHasIt() async throws {
    let image = try await copyImage(to: "eu-west-1")
    let discovery = Discovery(account: sandbox)
    let located = try await discovery.locate(image, in: ["us-east-1", "us-west-2", "eu-west-1"])
    #expect(located?.region == "eu-west-1" && located?.resource == .image && located?.evidence == .sourceImage)
    #expect(try await discovery.locate("snap-0ffffffffffffffff", in: ["us-east-1", "eu-west-1"]) == nil)
  }

  @Test func aTokenTheJournalHoldsForAnotherCopyIsNotReused() {
    let copy = DiscoveredCopy(
      resource: .snapshot, resourceId: "snap-000000000000000d1", region: "eu-west-1", state: "pending",
      clientToken: "taken", evidence: .clientTokenTag)
    let record = Adoption.record(for: copy, id: "cp-1", at: time.now(), accountKey: "sandbox", takenTokens: ["taken"])
    #expect(record.clientToken == "adopted-snap-000000000000000d1")
    #expect(record.call.parameters.isEmpty && record.sourceId == "?")
  }
}

/// Forwards to a real account and counts the Describe calls per Region.
actor CallCounter: ForwardingAccount {
  nonisolated let base: any AWSAccount
  private var describes: [String: Int] = [:]

  init(_ account: any AWSAccount) { self.base = account }

  func describeCallsPerRegion() -> [String: Int] { describes }

  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    describes[region, default: 0] += 1
    return try await base.images(in: region, query: query, nextToken: nextToken)
  }
  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    describes[region, default: 0] += 1
    return try await base.snapshots(in: region, query: query, nextToken: nextToken)
  }
}
