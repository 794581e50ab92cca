import Foundation
import Testing

@Suite struct StatusCommandTests {
  private let home = FerryRun.Home()

  @Test func anEmptyJournalSaysSo() throws {
    let text = try FerryRun.run(["status"], home: home)
    #expect(text.status == 0)
    #expect(text.stdout == "No copies in the journal.\n")
    let json = try FerryRun.run(["status", "--output", "json"], home: home)
    #expect(json.stdout == "[]\n")
  }

  @Test func anUnknownIdExitsTwo() throws {
    let run = try FerryRun.run(["status", "cp-000000000000"], home: home)
    #expect(run.status == 2)
    #expect(run.stderr == "ferry: no copy in the journal matches cp-000000000000\n")
  }

  @Test func finishedCopiesAreShownWithoutReachingTheAccount() throws {
    let request = try home.file(
      "dry.json",
      """
      {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
       "destination": {"region": "eu-west-1"}, "dryRun": true, "clientToken": "runbook-7f3a"}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    // No --sandbox: a finished copy needs no account, so the live seam is never reached.
    let status = try FerryRun.run(["status", "runbook-7f3a"], home: home, environment: ["COLUMNS": "200"])
    #expect(status.status == 0, "\(status.stderr)")
    let lines = status.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("ID ") == true)
    #expect(lines.last?.contains("CopySnapshot  -       Region eu-west-1  dry-run-succeeded") == true)
  }

  @Test func theJournalIsPrivate() throws {
    let request = try home.file(
      "dry.json",
      """
      {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
       "destination": {"region": "eu-west-1"}, "dryRun": true}
      """)
    _ = try FerryRun.run(["copy", "--sandbox", request], home: home)
    let journal = home.directory.appendingPathComponent("state/ferry/journal.json").path
    let attributes = try FileManager.default.attributesOfItem(atPath: journal)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}
