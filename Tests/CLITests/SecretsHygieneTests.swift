import Foundation
import Testing

/// Issue 6, "Secrets hygiene": with recognisable secrets planted in every credential source, no command
/// shows one on stdout or stderr, nor writes one to the journal, the sandbox state, a saved request
/// document or the `--debug` wire log; and those files are 0600 in 0700 directories.
@Suite struct SecretsHygieneTests {
  private static let motoEndpoint = ProcessInfo.processInfo.environment["FERRY_MOTO_ENDPOINT"]

  private static let request = """
    {"resource": "snapshot", "source": {"id": "snap-0d4b8e2f6a1c30001", "region": "us-east-1"},
     "destination": {"region": "eu-west-1"}, "description": "hygiene check"}
    """

  // MARK: - Sandbox: every command, all sources planted

  @Test func noCommandOnTheSandboxShowsOrStoresAPlantedSecret() async throws {
    let home = FerryRun.Home()
    let planted = try PlantedSecrets(home: home)
    let request = try home.file("request.json", Self.request)
    let printed = try FerryRun.run(
      [
        "copy", "image", "ami-0c7e5d1a9b3f20001", "--source-region", "us-east-1", "--to", "eu-west-1",
        "--name", "hygiene-copy", "--print-request",
      ],
      home: home, environment: planted.environment)
    #expect(printed.status == 0, "\(printed.stderr)")
    // The saved request document is what an operator keeps and re-runs: write it, plan it, check it.
    let saved = try home.file("saved-request.json", printed.stdout)
    let commands: [[String]] = [
      ["plan", request], ["plan", saved], ["plan", "--output", "json", request],
      ["copy", "--sandbox", "--debug", request, "--wait", "--output", "json"],
      ["list", "images", "--sandbox", "--debug", "--region", "us-east-1"],
      ["status"], ["status", "--output", "json"],
      ["watch", "--sandbox", "--debug"],
      ["info"], ["info", "--profile", "static"], ["info", "--profile", "process"], ["info", "--profile", "sso"],
    ]
    var runs = [("copy --print-request", printed)]
    for arguments in commands {
      runs.append(
        (
          arguments.joined(separator: " "),
          try await FerryRun.running(arguments, home: home, environment: planted.environment)
        ))
    }
    for (command, run) in runs {
      #expect(run.status == 0, "ferry \(command) exited \(run.status): \(run.stderr)")
      PlantedSecrets.expectNone(in: run.stdout, "the stdout of ferry \(command)")
      PlantedSecrets.expectNone(in: run.stderr, "the stderr of ferry \(command)")
    }
    let files = try PlantedSecrets.expectStatePrivateAndClean(home: home)
    for expected in ["journal.json", "wire.log"] {
      #expect(files.contains(expected), "no \(expected) under $XDG_STATE_HOME/ferry: \(files)")
    }
    #expect(files.contains { $0.hasSuffix("state.json") }, "no sandbox state under $XDG_STATE_HOME/ferry: \(files)")
  }

  // MARK: - Live, against moto: one run per credential source

  /// `nil`: the environment's keys (no `--profile`); otherwise the profile that names the source.
  @Test(
    .enabled(if: motoEndpoint != nil, "FERRY_MOTO_ENDPOINT is not set: run scripts/test"),
    arguments: [nil, "static", "process", "sso"] as [String?])
  func noLiveCommandShowsOrStoresAPlantedSecret(profile: String?) async throws {
    // Safe: the test is enabled only when the variable is set.
    let endpoint = Self.motoEndpoint ?? ""
    let home = FerryRun.Home()
    // The SSO portal is moto too: it answers, but not with credentials, so that copy must fail cleanly.
    let planted = try PlantedSecrets(home: home, extra: ["AWS_ENDPOINT_URL_SSO": endpoint])
    let selected = profile.map { ["--profile", $0] } ?? []
    let live = ["--endpoint-url", endpoint, "--debug"] + selected
    let name = "hygiene-\(UUID().uuidString.prefix(8))"
    // Whether each command needs credentials: only those fail under `sso`, as not authorised (5);
    // watch finds nothing in flight and asks nothing.
    let commands: [(arguments: [String], signs: Bool)] = [
      (
        [
          "copy", "image", "ami-12c6146b", "--source-region", "us-east-1", "--to", "eu-west-1", "--name", name,
          "--wait", "--output", "json",
        ] + live, true
      ),
      (["list", "images", "--region", "eu-west-1"] + live, true),
      (["status"], false), (["watch"] + live, false), (["info"] + selected, false),
    ]
    for (arguments, signs) in commands {
      let run = try await FerryRun.running(arguments, home: home, environment: planted.environment)
      let command = arguments.filter { $0 != endpoint }.joined(separator: " ")
      if profile == "sso" && signs {
        #expect(run.status == 5, "ferry \(command) exited \(run.status): \(run.stdout)")
        #expect(run.stderr.contains("SSO portal answered HTTP"), "\(run.stderr)")
      } else {
        #expect(run.status == 0, "ferry \(command) exited \(run.status): \(run.stderr)")
      }
      PlantedSecrets.expectNone(in: run.stdout, "the stdout of ferry \(command)")
      PlantedSecrets.expectNone(in: run.stderr, "the stderr of ferry \(command)")
    }
    // The credential_process really ran, so its secret really passed through ferry.
    #expect(planted.processRan == (profile == "process"))
    let files = try PlantedSecrets.expectStatePrivateAndClean(home: home)
    #expect(files.contains("wire.log"), "no --debug log under $XDG_STATE_HOME/ferry: \(files)")
  }
}
