import Foundation
import Testing

/// What Tab offers (the shells call `ferry ---completion COMMAND -- ARG CWORD CURSOR WORDS…`), run through the
/// real binary as bash, zsh and fish run it.
@Suite struct CompletionTests {
  private let home = FerryRun.Home()

  /// The words offered for `argument` when the command line is `words` and the last word is being typed.
  private func offered(_ command: String, _ argument: String, _ words: [String]) throws -> [String] {
    let line = ["ferry", command] + words
    let run = try FerryRun.run(
      ["---completion", command, "--", argument, String(line.count - 1), String(line.last?.count ?? 0)] + line,
      home: home)
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout.split(separator: "\n").map(String.init)
  }

  @Test func copyOffersImageSnapshotAndRequestFiles() throws {
    _ = try home.file("request.json", "{}")
    _ = try home.file("notes.txt", "")
    let directory = home.directory.path + "/"
    #expect(try offered("copy", "positional@0", [""]).prefix(3) == ["image", "snapshot", "-"])
    let files = try offered("copy", "positional@0", [directory])
    #expect(files.contains(directory + "request.json"))
    #expect(!files.contains(directory + "notes.txt"), "only request documents")
    #expect(try offered("copy", "positional@0", ["sn"]) == ["snapshot"])
    #expect(try offered("copy", "positional@0", ["image", ""]).isEmpty, "an AMI id comes next, not a word")
  }

  @Test func placesComeFromTheSandboxUnderSandbox() throws {
    let places = try offered("copy", "--to", ["--sandbox", "--to", "us-"])
    #expect(places.contains("us-west-2"))
    #expect(places.contains("us-east-1-bos-1a"), "Local Zones")
    #expect(!places.contains("us-east-1a"), "Availability Zones are not places a copy goes to")
    let regions = try offered("plan", "--source-region", ["--sandbox", "--source-region", "m"])
    #expect(regions.isEmpty, "me-south-1 is not enabled")
  }

  @Test func copyIdsAndPlacesComeFromTheJournal() throws {
    let copy = try FerryRun.run(
      [
        "copy", "--sandbox", "snapshot", "snap-0d4b8e2f6a1c30001", "--source-region", "us-east-1", "--to",
        "eu-west-1", "--output", "json",
      ], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let status = try FerryRun.run(["status", "--sandbox", "--output", "json"], home: home)
    let records = try #require(status.json as? [[String: Any]])
    let id = try #require(records.first?["id"] as? String)
    for command in ["cancel", "watch", "status"] {
      #expect(try offered(command, "positional@0", ["cp-"]) == [id], "ferry \(command)")
    }
    #expect(try offered("copy", "--to", ["--to", "eu"]) == ["eu-west-1"], "without --sandbox: the journal's places")
  }
}
