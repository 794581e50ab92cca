import Foundation
import Testing

/// The seams issue 11 found between ferry's front ends, through the real binary on the sandbox:
/// what one command writes, another reads; a fan-out is admitted whole or not at all.
@Suite struct AdmissionSeamTests {
  private let home = FerryRun.Home()

  private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  private func journalled() throws -> [[String: Any]] {
    let status = try FerryRun.run(["status", "--sandbox", "--output", "json"], home: home)
    return try #require(try json(status.stdout) as? [[String: Any]])
  }

  @Test func aClientTokenOnAFlagFanOutIsRefusedNamingTheFlagAndNothingIsSent() throws {
    let copy = try FerryRun.run(
      [
        "copy", "image", "ami-0c7e5d1a9b3f20002", "--source-region", "us-east-1", "--to", "eu-west-1", "--to",
        "us-west-2", "--name", "web-copy", "--client-token", "tok-123", "--sandbox", "--output", "json",
      ], home: home)
    #expect(copy.status == 1)
    let report = try #require(try json(copy.stdout) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: String]])
    #expect(findings.map { $0["rule"] } == ["client-token-fan-out", "client-token-fan-out"])
    #expect(findings.allSatisfy { $0["field"] == "clientToken" && $0["flag"] == "--client-token" })
    #expect(copy.stderr.hasSuffix("ferry: the request is not valid; nothing was sent\n"))
    #expect(try journalled().isEmpty)
  }

  @Test func oneNameToTwoLocalZonesOfOneRegionIsRefusedWhole() throws {
    let request = try home.file(
      "fan-out.json",
      """
      {"resource": "image", "source": {"id": "ami-0c7e5d1a9b3f20002", "region": "us-east-1"},
       "destinations": [{"region": "eu-west-1"}, {"localZone": "us-east-1-bos-1a"}, {"localZone": "us-east-1-mia-1a"}],
       "name": "web-copy"}
      """)
    let copy = try FerryRun.run(["copy", "--sandbox", request], home: home)
    #expect(copy.status == 1)
    #expect(copy.stderr.contains("[fan-out-duplicate-name]"))
    #expect(try journalled().isEmpty)
    // plan says the same offline, given the zones ferry itself lists.
    let zones = try FerryRun.run(
      ["list", "zones", "--sandbox", "--region", "us-east-1", "--output", "json"], home: home)
    let zonesFile = try home.file("zones.json", zones.stdout)
    let plan = try FerryRun.run(["plan", request, "--zones", zonesFile], home: home)
    #expect(plan.status == 1, "\(plan.stderr)")
    #expect(plan.stdout.contains("[fan-out-duplicate-name]"))
  }

  @Test func ferrysOwnListingsFeedItsOfflinePlan() throws {
    let zones = try FerryRun.run(
      ["list", "zones", "--sandbox", "--region", "us-east-1", "--output", "json"], home: home)
    let outposts = try FerryRun.run(
      ["list", "outposts", "--sandbox", "--region", "us-east-1", "--output", "json"], home: home)
    let outpostArn = try #require((try json(outposts.stdout) as? [[String: String]])?.first?["arn"])
    let request = try home.file(
      "places.json",
      """
      {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
       "destinations": [{"localZone": "us-east-1-bos-1a"}, {"outpostArn": "\(outpostArn)"}], "encrypted": true}
      """)
    let plan = try FerryRun.run(
      [
        "plan", request, "--zones", try home.file("z.json", zones.stdout), "--outposts",
        try home.file("o.json", outposts.stdout), "--output", "json",
      ], home: home)
    #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
    let plans = try #require(try json(plan.stdout) as? [[String: Any]])
    #expect(plans.map { $0["valid"] as? Bool } == [true, true])
  }

  @Test func printRequestIsAValidRequestForPlanAndCopy() async throws {
    let printed = try FerryRun.run(
      [
        "copy", "snapshot", "snap-0d4b8e2f6a1c30001", "--source-region", "us-east-1", "--to", "eu-west-1",
        "--tag", "team=core", "--print-request",
      ], home: home)
    #expect(printed.status == 0)
    #expect(printed.stdout.contains("\"team\": \"core\""))
    let request = try home.file("printed.json", printed.stdout)
    #expect(try FerryRun.run(["plan", request], home: home).status == 0)
    let copy = try await FerryRun.running(["copy", "--sandbox", request, "--wait", "--output", "json"], home: home)
    #expect(copy.status == 0, "\(copy.stderr)")
    #expect((try json(copy.stdout) as? [String: Any])?["state"] as? String == "completed")
  }

  @Test func theSameTokenForAnotherCopyIsRefusedNamingTheCopyThatHasIt() throws {
    func request(to region: String) throws -> String {
      try home.file(
        "token-\(region).json",
        """
        {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
         "destination": {"region": "\(region)"}, "clientToken": "runbook-7f3a"}
        """)
    }
    let first = try FerryRun.run(["copy", "--sandbox", try request(to: "eu-west-1"), "--output", "json"], home: home)
    #expect(first.status == 0, "\(first.stderr)")
    let id = try #require((try json(first.stdout) as? [String: Any])?["id"] as? String)
    // The same request again is the same copy: nothing new is sent.
    let again = try FerryRun.run(["copy", "--sandbox", try request(to: "eu-west-1"), "--output", "json"], home: home)
    #expect((try json(again.stdout) as? [String: Any])?["id"] as? String == id)
    let other = try FerryRun.run(["copy", "--sandbox", try request(to: "us-west-2")], home: home)
    #expect(other.status == 1)
    #expect(other.stderr.contains("[client-token-reused]") && other.stderr.contains(id))
    #expect(try journalled().count == 1)
  }

  @Test func planLiveFindsTheKeyTheAccountLost() throws {
    let plan = try FerryRun.run(
      [
        "plan", "image", "ami-0c7e5d1a9b3f20007", "--source-region", "us-east-1", "--to", "eu-west-1", "--name",
        "billing-copy", "--live", "--sandbox", "--output", "json",
      ], home: home)
    #expect(plan.status == 1, "\(plan.stderr)")
    let report = try #require(try json(plan.stdout) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: String]])
    let sourceKey = try #require(findings.first { $0["rule"] == "preflight-source-key" })
    #expect(sourceKey["severity"] == "error")
    #expect(sourceKey["message"]?.contains("PendingDeletion") == true)
    #expect(sourceKey["message"]?.contains("arn:aws:kms:us-east-1:") == true)
    #expect(findings.contains { $0["rule"] == "preflight-dry-run" })
  }

  @Test func planLiveWarnsWhereAKeyCannotBeVerifiedAndCopySendsIt() throws {
    // The partner's shared, encrypted AMI: this account may not describe the partner's key.
    let arguments = [
      "image", "ami-0c7e5d1a9b3f20012", "--source-region", "us-east-1", "--to", "us-west-2", "--name", "partner-copy",
      "--sandbox",
    ]
    let plan = try FerryRun.run(["plan"] + arguments + ["--live", "--output", "json"], home: home)
    #expect(plan.status == 0, "\(plan.stdout)")
    let findings = (try json(plan.stdout) as? [String: Any])?["findings"] as? [[String: String]] ?? []
    #expect(findings.contains { $0["rule"] == "preflight-source-key" && $0["severity"] == "warning" })
    #expect(try FerryRun.run(["copy"] + arguments, home: home).status == 0)
  }

  @Test func anOfflinePlanGivenAnAccountSaysItIsOffline() throws {
    let plan = try FerryRun.run(
      [
        "plan", "--sandbox", "image", "ami-0c7e5d1a9b3f20002", "--source-region", "us-east-1", "--to", "eu-west-1",
        "--name", "x-copy",
      ], home: home)
    #expect(plan.status == 0)
    #expect(plan.stderr.contains("add --live"))
  }

  @Test func aFindingAboutAFlagNamesTheFlag() throws {
    let plan = try FerryRun.run(
      [
        "plan", "snapshot", "snap-0d4b8e2f6a1c30001", "--source-region", "us-east-1", "--to", "eu-west-1",
        "--completion-minutes", "7",
      ], home: home)
    #expect(plan.status == 1)
    #expect(plan.stdout.contains("--completion-minutes"))
  }
}
