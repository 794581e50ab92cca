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

  /// No absolute HOME or XDG_STATE_HOME: `info` shows null paths, a command that needs the journal stops with
  /// the one resolver's error (exit 7, nothing written, no working-directory guess).
  @Test func withoutHomeTheStateDirectoryIsOneClearError() throws {
    let environment = ["HOME": "", "XDG_STATE_HOME": "relative", "XDG_CONFIG_HOME": ""]
    let info = try FerryRun.run(["info", "--sandbox", "--output", "json"], home: home, environment: environment)
    #expect(info.status == 0, "\(info.stderr)")
    let paths = try #require(info.json as? [String: Any])
    #expect(paths["journal"] is NSNull && paths["configDirectory"] is NSNull && paths["themeDirectory"] is NSNull)
    let status = try FerryRun.run(["status", "--sandbox"], home: home, environment: environment)
    #expect(status.status == 7)
    #expect(
      status.stderr
        == "ferry: cannot place ferry's state (journal, drafts, sandbox, --debug log): "
        + "neither XDG_STATE_HOME nor HOME is set to an absolute path\n")
  }
}
