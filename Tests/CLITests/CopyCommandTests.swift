import Foundation
import Testing

@Suite struct CopyCommandTests {
  private let home = FerryRun.Home()

  private static let imageToLocalZone = """
    {"resource": "image", "source": {"id": "ami-0c7e5d1a9b3f20001", "region": "us-east-1"},
     "destination": {"localZone": "us-east-1-bos-1a"}, "name": "web-server-bos-copy"}
    """

  private static let snapshotToOutpost = """
    {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
     "destination": {"outpostArn": "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718"},
     "encrypted": true, "description": "web-01 root on the factory rack"}
    """

  // MARK: - Copies that run to the end (tens of seconds each, on the sandbox's clock)

  @Test func anImageCopiedToALocalZoneEndsAvailableAndIsListedThere() async throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    let copy = try await FerryRun.running(["copy", "--sandbox", request, "--wait", "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    #expect(result["operation"] as? String == "CopyImage")
    #expect(result["region"] as? String == "us-east-1")
    #expect(result["state"] as? String == "available")
    #expect(result["destination"] as? String == "Local Zone us-east-1-bos-1a")
    let newId = try #require(result["resourceId"] as? String)
    #expect(newId.hasPrefix("ami-"))
    let token = try #require(result["clientToken"] as? String)
    #expect(UUID(uuidString: token) != nil)
    // Progress went to stderr, as plain log lines: no control codes when stderr is not a terminal.
    #expect(copy.stderr.contains("pending"))
    #expect(!copy.stderr.contains("\u{1B}"))
    #expect(copy.stderr.hasSuffix("available\n"))

    let list = try await FerryRun.running(
      ["list", "images", "--sandbox", "--region", "us-east-1", "--output", "json"], home: home)
    #expect(list.status == 0)
    let images = try #require(list.json as? [[String: Any]])
    let copied = try #require(images.first { $0["id"] as? String == newId })
    #expect(copied["localZone"] as? String == "us-east-1-bos-1a")
    #expect(copied["name"] as? String == "web-server-bos-copy")
    #expect(copied["state"] as? String == "available")
  }

  @Test func aSnapshotCopiedToAnOutpostEndsCompleted() async throws {
    let request = try home.file("snapshot.json", Self.snapshotToOutpost)
    let copy = try await FerryRun.running(["copy", "--sandbox", request, "--wait", "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    #expect(result["operation"] as? String == "CopySnapshot")
    #expect(result["state"] as? String == "completed")
    #expect(result["progress"] as? Int == 100)
    #expect((result["resourceId"] as? String)?.hasPrefix("snap-") == true)
  }

  // MARK: - Without --wait

  @Test func withoutWaitTheCopyIsPendingAndInTheJournal() throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    let copy = try FerryRun.run(["copy", "--sandbox", request, "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    #expect(result["state"] as? String == "pending")
    let newId = try #require(result["resourceId"] as? String)

    let status = try FerryRun.run(["status", "--sandbox", newId, "--output", "json"], home: home)
    #expect(status.status == 0, "\(status.stderr)")
    let records = try #require(status.json as? [[String: Any]])
    #expect(records.map { $0["resourceId"] as? String } == [newId])
    #expect(records.first?["clientToken"] as? String == result["clientToken"] as? String)
  }

  @Test func aDryRunIsReportedAsSuchAndMakesNoCopy() throws {
    let request = try home.file(
      "dry.json",
      """
      {"resource": "image", "source": {"id": "ami-0c7e5d1a9b3f20001", "region": "us-east-1"},
       "destination": {"region": "eu-west-1"}, "name": "web-server-dry-run", "dryRun": true}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request, "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    #expect(result["state"] as? String == "dry-run-succeeded")
    #expect(result["resourceId"] is NSNull)
  }

  @Test func waitingGivesUpAtTheTimeoutAndTheCopyGoesOn() async throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    let copy = try await FerryRun.running(
      ["copy", "--sandbox", request, "--wait", "--timeout", "2s", "--output", "json"], home: home)
    #expect(copy.status == 4, "\(copy.stderr)")
    let result = try #require(copy.json as? [String: Any])
    #expect(result["state"] as? String == "pending")
  }

  @Test func onATerminalProgressIsOneLiveLine() throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    let run = try FerryRun.runInTerminal(["copy", "--sandbox", request, "--wait", "--timeout", "7s"], home: home)
    #expect(run.status == 4)
    // Redrawn in place: carriage return and erase-to-end-of-line, then a final newline.
    #expect(run.stdout.components(separatedBy: "\r\u{1B}[K").count >= 3)
    #expect(run.stdout.contains("% ["))
  }

  @Test func aFanOutSubmitsOneCopyPerDestination() throws {
    let request = try home.file(
      "fan-out.json",
      """
      {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
       "destinations": [{"region": "eu-west-1"}, {"region": "us-west-2"}], "encrypted": true}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request, "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    let results = try #require(copy.json as? [[String: Any]])
    #expect(results.map { $0["region"] as? String } == ["eu-west-1", "us-west-2"])
    #expect(results.allSatisfy { $0["state"] as? String == "pending" })
    #expect(Set(results.compactMap { $0["clientToken"] as? String }).count == 2)
  }

  // MARK: - The journal under stress

  @Test func twoFerryProcessesShareTheJournal() throws {
    let first = try home.file("a.json", Self.imageToLocalZone)
    let second = try home.file("b.json", Self.snapshotToOutpost)
    let processes = try [first, second].map { try FerryRun.start(["copy", "--sandbox", $0], home: home) }
    processes.forEach { $0.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let status = try FerryRun.run(["status", "--output", "json"], home: home)
    let records = try #require(status.json as? [[String: Any]])
    #expect(Set(records.compactMap { $0["operation"] as? String }) == ["CopyImage", "CopySnapshot"])
  }

  @Test func aKilledFerryNeverLeavesAHalfWrittenJournal() throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    for delay in stride(from: 20_000, through: 200_000, by: 30_000) {
      let process = try FerryRun.start(["copy", "--sandbox", request], home: home)
      usleep(UInt32(delay))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let status = try FerryRun.run(["status", "--output", "json"], home: home)
      #expect(status.status == 0, "after a kill at \(delay / 1000) ms: \(status.stderr)")
      #expect(status.json is [[String: Any]])
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.directory.path + "/state/ferry")
      .filter { $0.hasSuffix(".tmp") || $0.contains(".corrupt-") }
    #expect(leftovers.allSatisfy { $0.hasSuffix(".tmp") })  // a torn temp file at most, never a torn journal
  }

  // MARK: - Refusals

  @Test func anInvalidRequestExitsOneAndSendsNothing() throws {
    let request = try home.file(
      "bad.json",
      """
      {"resource": "image", "source": {"id": "ami-0c7e5d1a9b3f20001", "region": "us-east-1"},
       "destination": {"region": "eu-west-1"}, "name": "x"}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request, "--output", "json"], home: home)
    #expect(copy.status == 1)
    let result = try #require(copy.json as? [String: Any])
    #expect(result["valid"] as? Bool == false)
    let findings = try #require(result["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["field"] as? String == "name" && $0["severity"] as? String == "error" })
    #expect(copy.stderr == "ferry: the request is not valid; nothing was sent\n")

    let status = try FerryRun.run(["status", "--output", "json"], home: home)
    #expect(status.stdout == "[]\n")
  }

  @Test func aSourceThatDoesNotExistIsRefusedBeforeSending() throws {
    let request = try home.file(
      "ghost.json",
      """
      {"resource": "image", "source": {"id": "ami-0000000000000dead", "region": "us-east-1"},
       "destination": {"region": "eu-west-1"}, "name": "ghost-copy"}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request], home: home)
    #expect(copy.status == 1)
    #expect(copy.stderr.hasPrefix("error    source  ami-0000000000000dead does not exist in us-east-1"))
    #expect(copy.stderr.contains("[source-not-found]"))
    #expect(try FerryRun.run(["status", "--output", "json"], home: home).stdout == "[]\n")
  }

  @Test func anUnreadableRequestExitsTwoWithOneLine() throws {
    let copy = try FerryRun.run(["copy", "--sandbox", "/nonexistent/request.json"], home: home)
    #expect(copy.status == 2)
    #expect(copy.stderr == "ferry: cannot read the request /nonexistent/request.json: No such file or directory\n")
    #expect(copy.stdout == "")
  }

  @Test func theLiveAccountWithNoRegionSaysWhereToSetOne() throws {
    let request = try home.file("image.json", Self.imageToLocalZone)
    let copy = try FerryRun.run(["copy", request], home: home)
    #expect(copy.status == 64)
    #expect(
      copy.stderr
        == "ferry: no Region is configured: pass --region, set AWS_REGION, or add region to profile default\n")
    #expect(copy.stdout == "")
    #expect(try FerryRun.run(["status", "--output", "json"], home: home).stdout == "[]\n")
  }

  @Test(arguments: [
    ["copy", "r.json", "--timeout", "6h"],
    ["copy", "r.json", "--wait", "--timeout", "soon"],
    ["copy", "--sandbox", "--endpoint-url", "http://127.0.0.1:1", "r.json"],
  ])
  func badFlagsAreUsageErrors(arguments: [String]) throws {
    let run = try FerryRun.run(arguments, home: home)
    #expect(run.status == 64)
    #expect(run.stdout == "")
  }
}
