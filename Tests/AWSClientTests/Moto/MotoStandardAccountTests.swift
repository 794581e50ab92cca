import AWSClient
import FerryCloud
import Foundation
import Testing

/// The account as the CLI builds it — resolved config, standard credential chain, URLSession, `--debug`
/// wire log — against the signature-checking moto.
@Suite(.enabled(if: MotoEnvironment.authAvailable, "\(MotoEnvironment.authMissing)"))
struct MotoStandardAccountTests {
  private func environment(secret: String, state: URL) throws -> [String: String] {
    [
      "AWS_ACCESS_KEY_ID": try #require(MotoEnvironment.variables["FERRY_MOTO_AUTH_ACCESS_KEY_ID"]),
      "AWS_SECRET_ACCESS_KEY": secret,
      "AWS_ENDPOINT_URL": try #require(MotoEnvironment.authEndpoint).absoluteString,
      "AWS_DEFAULT_REGION": "eu-west-1",
      "AWS_CONFIG_FILE": state.appendingPathComponent("no-config").path,
      "AWS_SHARED_CREDENTIALS_FILE": state.appendingPathComponent("no-credentials").path,
      "XDG_STATE_HOME": state.path,
      "HOME": state.path,
    ]
  }

  @Test func theStandardAccountSignsWithEnvironmentKeysAndLogsWithoutSecrets() async throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-standard-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let secret = try #require(MotoEnvironment.variables["FERRY_MOTO_AUTH_SECRET_ACCESS_KEY"])
    let environment = try environment(secret: secret, state: state)
    let resolved = try AWSConfiguration.resolve(environment: environment, files: .live)
    let account = try LiveAccount.standard(resolved, environment: environment, debug: true)

    let zones = try await account.zones(in: "eu-west-1")
    #expect(zones.contains { $0.name == "eu-west-1a" })
    let identity = try await account.identity()
    #expect(identity.region == "eu-west-1")
    #expect(identity.profile == "default")

    let log = try String(contentsOf: state.appendingPathComponent("ferry/wire.log"), encoding: .utf8)
    #expect(log.contains(">>> DescribeAvailabilityZones attempt 1"))
    #expect(log.contains("<<< GetCallerIdentity HTTP 200"))
    #expect(!log.contains(secret))
    #expect(log.contains("Authorization: <redacted>"))
  }

  @Test func aWrongSecretIsOneLineNamingWhereTheKeysCameFrom() async throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-standard-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = try environment(secret: "not-the-secret", state: state)
    let account = try LiveAccount.standard(
      try AWSConfiguration.resolve(environment: environment, files: .live), environment: environment)
    let error = await #expect(throws: AWSError.self) { try await account.regions(from: "eu-west-1") }
    #expect(error?.kind == .credentials)
    #expect(error?.code == "AuthFailure")
    #expect(
      error?.description.hasPrefix(
        "AWS rejected the credentials from the environment (AWS_ACCESS_KEY_ID) for DescribeRegions in eu-west-1:")
        == true)
    #expect(error?.description.contains("\n") == false)
  }
}
