import Foundation
import Testing

/// Two hosts — two `XDG_STATE_HOME`s, two journals — on one simulated account (`FERRY_SANDBOX_DIR`), as
/// two machines share one AWS account: what one starts, the other finds, takes over and follows.
@Suite struct DiscoverCommandTests {
  private let first = FerryRun.Home()
  private let second = FerryRun.Home()
  private let account = FerryRun.Home()
  private var shared: [String: String] { ["FERRY_SANDBOX_DIR": account.directory.path + "/sandbox"] }
  private let source = "snap-0d4b8e2f6a1c30001"

  private func startCopy() throws -> String {
    let request = try first.file(
      "copy.json",
      """
      {"resource": "snapshot", "source": {"id": "\(source)", "region": "us-east-1"},
       "destination": {"region": "us-west-2"}}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request, "--output", "json"], home: first, environment: shared)
    #expect(copy.status == 0, "\(copy.stderr)")
    let record = try JSONSerialization.jsonObject(with: Data(copy.stdout.utf8)) as? [String: Any]
    return try #require(record?["resourceId"] as? String)
  }

  private func discovered(_ home: FerryRun.Home) throws -> [[String: Any]] {
    let run = try FerryRun.run(
      ["status", "--sandbox", "--discover", "--output", "json"], home: home, environment: shared)
    #expect(run.status == 0, "\(run.stderr)")
    return try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
  }

  @Test func aCopyStartedOnOneHostIsFoundAdoptedAndFollowedOnAnother() async throws {
    let resourceId = try startCopy()

    let seen = try discovered(second).first { $0["resourceId"] as? String == resourceId }
    let copy = try #require(seen, "the second host does not list \(resourceId)")
    #expect(copy["region"] as? String == "us-west-2")
    #expect(copy["state"] as? String == "pending")
    #expect(copy["known"] as? Bool == false)
    #expect(copy["journalId"] == nil)
    #expect((copy["clientToken"] as? String)?.isEmpty == false)
    // The first host's journal knows it.
    let known = try discovered(first).first { $0["resourceId"] as? String == resourceId }
    #expect(known?["known"] as? Bool == true)
    #expect((known?["journalId"] as? String)?.hasPrefix("cp-") == true)

    let watch = try await FerryRun.running(
      ["watch", "--sandbox", "--discover", "--output", "json"], home: second, environment: shared)
    #expect(watch.status == 0, "\(watch.stderr)")
    #expect(watch.stderr.contains("following \(resourceId) in us-west-2 as cp-"))
    let followed = try #require(JSONSerialization.jsonObject(with: Data(watch.stdout.utf8)) as? [[String: Any]])
    #expect(followed.map { $0["resourceId"] as? String } == [resourceId])
    #expect(followed.first?["state"] as? String == "completed")
    #expect(followed.first?["adoptedAt"] is String)

    // Exactly one copy exists in the account, and the second journal holds it once.
    let listing = try FerryRun.run(
      ["list", "snapshots", "--sandbox", "--region", "us-west-2", "--output", "json"], home: second, environment: shared
    )
    let snapshots = try #require(JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
    let copies = snapshots.filter {
      ($0["description"] as? String)?.hasPrefix("[Copied \(source) from us-east-1]") == true
    }
    #expect(copies.map { $0["id"] as? String } == [resourceId])
    let status = try FerryRun.run(["status", "--sandbox", "--output", "json"], home: second, environment: shared)
    let records = try #require(JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
    #expect(records.map { $0["resourceId"] as? String } == [resourceId])
  }

  @Test func watchingAnIdTheJournalLacksAdoptsThatCopy() async throws {
    let resourceId = try startCopy()
    let watch = try await FerryRun.running(
      ["watch", "--sandbox", resourceId, "--region", "us-west-2", "--output", "json"], home: second, environment: shared
    )
    #expect(watch.status == 0, "\(watch.stderr)")
    let followed = try #require(JSONSerialization.jsonObject(with: Data(watch.stdout.utf8)) as? [[String: Any]])
    #expect(followed.map { $0["resourceId"] as? String } == [resourceId])
    #expect(followed.first?["state"] as? String == "completed")
  }

  @Test func anIdNoRegionHasExitsTwo() throws {
    let run = try FerryRun.run(["watch", "--sandbox", "snap-0fffffffffffffff0"], home: second, environment: shared)
    #expect(run.status == 2)
    #expect(run.stderr.contains("no copy in the journal matches snap-0fffffffffffffff0"))
  }

  @Test func discoverTakesNoIds() throws {
    let run = try FerryRun.run(["status", "--sandbox", "--discover", "cp-1"], home: second, environment: shared)
    #expect(run.status == 64)
  }
}
