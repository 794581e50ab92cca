import Foundation
import Testing

/// The on-call recipes of docs/runbooks.md, run end to end on the sandbox with the built binary.
///
/// Sandbox copies take 20–90 s of real time; these tests run in parallel, each in its own state
/// directory, and wait only as long as the copies do.
@Suite struct RunbookTests {
  private let home = FerryRun.Home()

  private static let source = ["--source-region", "us-east-1"]

  // MARK: - Fan-out

  @Test func aGoldenAMIGoesToThreeRegionsAndTwoLocalZonesInOneCommand() async throws {
    let copy = try await FerryRun.running(
      ["copy", "--sandbox", "image", "ami-0c7e5d1a9b3f20001"] + Self.source + [
        "--to", "eu-west-1", "--to", "us-west-2", "--to", "eu-central-1", "--to", "us-east-1-bos-1a",
        "--to", "use1-mia1-az1", "--name", "golden-2026-11-26", "--name", "us-east-1-bos-1a=golden-2026-11-26-bos",
        "--name", "use1-mia1-az1=golden-2026-11-26-mia", "--tag", "team=core", "--wait", "--output", "json",
      ], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let results = try #require(copy.json as? [[String: Any]])
    #expect(
      results.map { $0["destination"] as? String } == [
        "Region eu-west-1", "Region us-west-2", "Region eu-central-1", "Local Zone us-east-1-bos-1a",
        "Local Zone use1-mia1-az1",
      ])
    #expect(results.map { $0["state"] as? String } == Array(repeating: "available", count: 5))
    #expect(Set(results.compactMap { $0["clientToken"] as? String }).count == 5)

    // Each copy is where it was sent, under its own name.
    let listed = try await FerryRun.running(
      ["list", "images", "--sandbox", "--region", "us-east-1", "--output", "json"], home: home)
    let images = try #require(listed.json as? [[String: Any]])
    let zones = images.filter { ($0["name"] as? String)?.hasPrefix("golden-2026-11-26-") == true }
      .map { "\($0["name"] ?? "") \($0["localZone"] ?? "") \($0["state"] ?? "")" }
    #expect(
      zones.sorted() == [
        "golden-2026-11-26-bos us-east-1-bos-1a available", "golden-2026-11-26-mia us-east-1-mia-1a available",
      ])
  }

  @Test func planShowsAFanOutAsAnArrayFromTheSameFlags() async throws {
    let plan = try await FerryRun.running(
      ["plan", "snapshot", "snap-0d4b8e2f6a1c30001"] + Self.source + [
        "--to", "eu-west-1", "--to", "us-west-2", "--encrypted", "--kms-key", "us-west-2=alias/prod", "--output",
        "json",
      ], home: home)
    #expect(plan.status == 0, "\(plan.stderr)")
    let plans = try #require(plan.json as? [[String: Any]])
    #expect(plans.map { $0["region"] as? String } == ["eu-west-1", "us-west-2"])
    let keys = plans.map { ($0["parameters"] as? [String: Any])?["KmsKeyId"] as? String }
    #expect(keys == [nil, "alias/prod"])
  }

  // MARK: - Waiting, failing

  @Test(arguments: [
    ("image", "ami-0c7e5d1a9b3f20007", ["--name", "legacy-billing-copy"]),
    ("snapshot", "snap-0d4b8e2f6a1c30006", []),
  ])
  func aCopyThatFailsExitsThreeAndSaysWhy(resource: String, id: String, extra: [String]) async throws {
    let copy = try await FerryRun.running(
      ["copy", "--sandbox", resource, id] + Self.source + ["--to", "eu-west-1", "--wait"] + extra, home: home)
    #expect(copy.status == 3, "\(copy.stderr)")
    #expect(copy.stdout.contains("Given key ID is not accessible"))
    #expect(copy.stderr.contains(": Given key ID is not accessible\n"))
  }

  @Test func jsonlGivesOneEventPerLineFromSubmittedToCompleted() async throws {
    let copy = try await FerryRun.running(
      ["copy", "--sandbox", "snapshot", "snap-0d4b8e2f6a1c30001"] + Self.source + [
        "--to", "eu-west-1", "--wait", "--output", "jsonl",
      ], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let events = try copy.stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    let names = events.compactMap { $0["event"] as? String }
    #expect(names.first == "submitted")
    #expect(names.last == "completed")
    #expect(names.dropFirst().dropLast().allSatisfy { $0 == "progress" })
    #expect(Set(events.compactMap { $0["id"] as? String }).count == 1)
    #expect(copy.stderr == "")
  }

  // MARK: - Hang-up and re-attaching

  @Test func aHungUpWaitIsFinishedByWatchWithExactlyOneCopy() async throws {
    let marker = "hang-up test \(UUID().uuidString)"
    let (process, out, err) = try FerryRun.startLogged(
      ["copy", "--sandbox", "snapshot", "snap-0d4b8e2f6a1c30001"] + Self.source + [
        "--to", "eu-west-1", "--description", marker, "--wait", "--output", "json",
      ], home: home, name: "copy")
    // Halfway: once the copy is under way past its first progress report.
    #expect(try await FerryRun.wait(for: "% [#", in: err, seconds: 60))
    kill(process.processIdentifier, SIGHUP)
    #expect(await FerryRun.exit(of: process) == 129)
    let stderr = String(decoding: try Data(contentsOf: err), as: UTF8.self)
    let id = try #require(stderr.split(separator: " ").first { $0.hasPrefix("cp-") }.map(String.init))
    #expect(stderr.hasSuffix("ferry: stopped waiting; the copy goes on — follow it with `ferry watch \(id)`\n"))
    let interrupted = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
    #expect(interrupted["state"] as? String == "pending")

    let watch = try await FerryRun.running(["watch", "--sandbox", "--output", "json"], home: home)
    #expect(watch.status == 0, "\(watch.stderr)")
    let finals = try #require(watch.json as? [[String: Any]])
    #expect(finals.map { $0["id"] as? String } == [id])
    #expect(finals.map { $0["state"] as? String } == ["completed"])

    let listed = try await FerryRun.running(
      ["list", "snapshots", "--sandbox", "--region", "eu-west-1", "--output", "json"], home: home)
    let copies = try #require(listed.json as? [[String: Any]]).filter { $0["description"] as? String == marker }
    #expect(copies.count == 1)
  }

  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func interruptingOrTerminatingStopsTheWaitingNotTheCopy(signal: Int32, status: Int32) async throws {
    let (process, _, err) = try FerryRun.startLogged(
      ["copy", "--sandbox", "snapshot", "snap-0d4b8e2f6a1c30001"] + Self.source + [
        "--to", "us-west-2", "--wait", "--output", "jsonl",
      ], home: home, name: "copy-\(signal)")
    #expect(
      try await FerryRun.wait(
        for: "pending", in: err.deletingPathExtension().appendingPathExtension("out"), seconds: 60))
    kill(process.processIdentifier, signal)
    #expect(await FerryRun.exit(of: process) == status)
    let stderr = String(decoding: try Data(contentsOf: err), as: UTF8.self)
    #expect(stderr.hasPrefix("ferry: stopped waiting; the copy goes on — follow it with `ferry watch cp-"))
    let stdout = String(
      decoding: try Data(contentsOf: err.deletingPathExtension().appendingPathExtension("out")), as: UTF8.self)
    let last = try #require(stdout.split(separator: "\n").last)
    let event = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
    #expect(event["event"] as? String == "interrupted")
    #expect(event["signal"] as? String == (signal == SIGINT ? "SIGINT" : "SIGTERM"))

    let status = try await FerryRun.running(["status", "--output", "json"], home: home)
    #expect((status.json as? [[String: Any]])?.map { $0["state"] as? String } == ["pending"])
  }

  /// A record left `sending` long ago is re-sent at once; one sent within the last two minutes is
  /// waited for first (its ferry may still be alive), then re-sent.
  @Test(arguments: [("image", 600.0), ("snapshot", 600.0), ("image", 116.0)])
  func aLostAnswerIsResentWithItsClientTokenAndNeverDuplicated(resource: String, age: Double) async throws {
    let marker = "lost-answer-\(resource)-\(Int(age))-\(UUID().uuidString.prefix(8))"
    let source = resource == "image" ? "ami-0c7e5d1a9b3f20001" : "snap-0d4b8e2f6a1c30001"
    let copy = try await FerryRun.running(
      ["copy", "--sandbox", resource, source] + Self.source + [
        "--to", "eu-west-1", resource == "image" ? "--name" : "--description", marker, "--output", "json",
      ], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let first = try #require(copy.json as? [String: Any])
    let id = try #require(first["id"] as? String)
    // As a crash between send and answer leaves it, long enough ago that no ferry still waits for it.
    try rewindToSending(id, age: age)

    let watch = try await FerryRun.running(["watch", "--sandbox", id, "--output", "json"], home: home)
    #expect(watch.status == 0, "\(watch.stderr)")
    #expect(watch.stderr.contains("ferry: re-sent \(id) with its ClientToken after a lost answer"))
    #expect(watch.stderr.contains("ferry: \(id) was being sent at ") == (age < 120))
    let finals = try #require(watch.json as? [[String: Any]])
    #expect(finals.map { $0["resourceId"] as? String } == [first["resourceId"] as? String])

    let kind = resource == "image" ? "images" : "snapshots"
    let listed = try await FerryRun.running(
      ["list", kind, "--sandbox", "--region", "eu-west-1", "--output", "json"], home: home)
    let field = resource == "image" ? "name" : "description"
    let copies = try #require(listed.json as? [[String: Any]]).filter { $0[field] as? String == marker }
    #expect(copies.count == 1)
  }

  /// Edits the journal as a crash right after sending would have left the record: `sending`, no new id.
  private func rewindToSending(_ id: String, age: Double) throws {
    let url = home.directory.appendingPathComponent("state/ferry/journal.json")
    var journal = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var copies = try #require(journal["copies"] as? [[String: Any]])
    let index = try #require(copies.firstIndex { $0["id"] as? String == id })
    copies[index]["phase"] = "sending"
    copies[index]["resourceId"] = nil
    copies[index]["updatedAt"] = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-age))
    journal["copies"] = copies
    try JSONSerialization.data(withJSONObject: journal, options: [.prettyPrinted, .sortedKeys]).write(to: url)
  }
}
