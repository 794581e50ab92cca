import Foundation
import Testing

@Suite struct InfoCommandTests {
  private let home = FerryRun.Home()

  @Test func pathsAndSettingsComeWithWhereTheyCameFrom() throws {
    let state = home.directory.path + "/state"
    let run = try FerryRun.run(
      ["info", "--output", "json"], home: home,
      environment: [
        "XDG_CONFIG_HOME": "/etc/xdg-test", "AWS_REGION": "eu-west-1", "AWS_PROFILE": "default",
        "AWS_ENDPOINT_URL_EC2": "http://127.0.0.1:4566",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    let info = try #require(run.json as? [String: String])
    #expect(info["configDirectory"] == "/etc/xdg-test/ferry")
    #expect(info["themeDirectory"] == "/etc/xdg-test/ferry/themes")
    #expect(info["journal"] == state + "/ferry/journal.json")
    #expect(info["sandboxDirectory"] == state + "/ferry/sandbox")
    #expect(info["debugLog"] == state + "/ferry/wire.log")
    #expect(info["profile"] == "default")
    #expect(info["profileSource"] == "AWS_PROFILE")
    #expect(info["region"] == "eu-west-1")
    #expect(info["regionSource"] == "AWS_REGION")
    #expect(info["endpoint"] == "http://127.0.0.1:4566")
    #expect(info["endpointSource"] == "AWS_ENDPOINT_URL_EC2")
    #expect(!run.stdout.contains("wJalrXUtnFEMI") && !run.stdout.contains("AKIDEXAMPLE"))
  }

  @Test func aFlagBeatsTheEnvironment() throws {
    let run = try FerryRun.run(
      ["info", "--region", "ap-southeast-2"], home: home, environment: ["AWS_REGION": "eu-west-1"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("region             ap-southeast-2\nregion source      --region\n"))
  }

  @Test func anUnknownProfileIsReportedWithItsStatus() throws {
    let run = try FerryRun.run(["info", "--profile", "nope", "--output", "json"], home: home)
    #expect(run.status == 7)
    let info = try #require(run.json as? [String: Any])
    #expect((info["error"] as? String)?.contains("nope") == true)
    #expect(info["journal"] is String)
  }
}
