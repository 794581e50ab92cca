import Foundation
import Testing

@Suite struct CancelCommandTests {
  private let home = FerryRun.Home()

  /// Starts an AMI copy to us-west-2 (without waiting) and returns its local id and new AMI id.
  private func startCopy(named name: String) throws -> (id: String, image: String) {
    let copy = try FerryRun.run(
      [
        "copy", "--sandbox", "image", "ami-0c7e5d1a9b3f20001", "--source-region", "us-east-1", "--to", "us-west-2",
        "--name", name, "--output", "json",
      ], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    return (try #require(result["id"] as? String), try #require(result["resourceId"] as? String))
  }

  private func imageIds() throws -> [String] {
    let list = try FerryRun.run(
      ["list", "images", "--sandbox", "--region", "us-west-2", "--output", "json"], home: home)
    return try #require(list.json as? [[String: Any]]).compactMap { $0["id"] as? String }
  }

  // MARK: - Asking first

  @Test func withoutATerminalOrYesNothingIsCancelled() throws {
    let (id, image) = try startCopy(named: "cancel-no-tty")
    let cancel = try FerryRun.run(["cancel", "--sandbox", id], home: home)
    #expect(cancel.status == 64)
    #expect(
      cancel.stderr
        == "ferry: cancel asks on a terminal before it stops a copy; pass --yes to cancel \(id) without asking\n")
    #expect(try imageIds().contains(image))
  }

  @Test func onATerminalItAsksAndANoCancelsNothing() throws {
    let (id, image) = try startCopy(named: "cancel-declined")
    let run = try FerryRun.runInTerminal(["cancel", "--sandbox", id], home: home, input: "n\n")
    #expect(run.status == 130)
    #expect(run.stdout.contains("Cancel copy \(id) (ami-0c7e5d1a9b3f20001 → Region us-west-2, new \(image))? [y/N]"))
    #expect(run.stdout.contains("ferry: nothing was cancelled"))
    #expect(try imageIds().contains(image))
  }

  @Test func onATerminalAYesDeregistersThePendingAMI() throws {
    let (id, image) = try startCopy(named: "cancel-confirmed")
    let run = try FerryRun.runInTerminal(["cancel", "--sandbox", id], home: home, input: "y\n")
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("cancelled — cancelled by the operator"))
    #expect(try !imageIds().contains(image))
  }

  // MARK: - --yes

  @Test func yesCancelsASnapshotCopyAndTheJournalSaysSo() throws {
    let copy = try FerryRun.run(
      [
        "copy", "--sandbox", "snapshot", "snap-0d4b8e2f6a1c30001", "--source-region", "us-east-1", "--to", "eu-west-1",
        "--output", "json",
      ], home: home)
    let started = try #require(copy.json as? [String: Any])
    let snapshot = try #require(started["resourceId"] as? String)
    let cancel = try FerryRun.run(["cancel", "--sandbox", snapshot, "--yes", "--output", "json"], home: home)
    #expect(cancel.status == 0, "\(cancel.stderr)")
    #expect((cancel.json as? [String: Any])?["state"] as? String == "cancelled")

    let list = try FerryRun.run(
      ["list", "snapshots", "--sandbox", "--region", "eu-west-1", "--output", "json"], home: home)
    #expect(try #require(list.json as? [[String: Any]]).allSatisfy { $0["id"] as? String != snapshot })
    let again = try FerryRun.run(["cancel", "--sandbox", snapshot, "--yes"], home: home)
    #expect(again.status == 0)
    #expect(again.stderr == "ferry: \(started["id"] ?? "") has already ended (cancelled); nothing to cancel\n")
  }

  /// The one cancel in core, through the CLI: after a poll has listed the AMI's snapshots `pending`,
  /// the cancelled record keeps none of them pending.
  @Test func aCancelledAMICopyListsNoPendingSnapshots() throws {
    let (id, _) = try startCopy(named: "cancel-snapshots")
    let status = try FerryRun.run(["status", "--sandbox", id, "--output", "json"], home: home)
    let polled = try #require((status.json as? [[String: Any]])?.first)
    let before = try #require(polled["snapshots"] as? [[String: Any]])
    #expect(before.contains { $0["state"] as? String == "pending" }, "\(polled)")

    let cancel = try FerryRun.run(["cancel", "--sandbox", id, "--yes", "--output", "json"], home: home)
    #expect(cancel.status == 0, "\(cancel.stderr)")
    #expect(cancel.stderr.hasPrefix("ferry: \(id) cancelled: deregistered the pending AMI ami-"))
    let cancelled = try #require(cancel.json as? [String: Any])
    #expect(cancelled["state"] as? String == "cancelled")
    let after = cancelled["snapshots"] as? [[String: Any]] ?? []
    #expect(!after.contains { $0["state"] as? String == "pending" }, "\(cancelled)")
  }

  @Test func anUnknownCopyExitsTwo() throws {
    let cancel = try FerryRun.run(["cancel", "--sandbox", "cp-000000000000", "--yes"], home: home)
    #expect(cancel.status == 2)
    #expect(cancel.stderr == "ferry: no copy in the journal matches cp-000000000000\n")
  }
}
