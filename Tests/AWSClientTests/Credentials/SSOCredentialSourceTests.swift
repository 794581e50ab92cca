import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

@testable import AWSClient

/// SSO against a loopback portal, with the token cache in memory.
struct SSOCredentialSourceTests {
  private static let config = """
    [profile sso]
    sso_session = corp
    sso_account_id = 111122223333
    sso_role_name = Admin Role
    [sso-session corp]
    sso_start_url = https://corp.awsapps.com/start
    sso_region = eu-west-1
    [profile legacy]
    sso_start_url = https://legacy.awsapps.com/start
    sso_region = us-east-2
    sso_account_id = 444455556666
    sso_role_name = ReadOnly
    [profile broken]
    sso_session = missing
    sso_account_id = 1
    sso_role_name = r
    """
  /// sha1("corp") as `aws sso login` names the cache file (hex digests computed with Python's hashlib).
  private static let corpCache = "/home/op/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json"

  private static func portal() throws -> LoopbackHTTPServer {
    try LoopbackHTTPServer { request in
      guard request.headers["x-amz-sso_bearer_token"] == "good-token" else { return .init(status: 401, body: "{}") }
      return .init(
        body: """
          {"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token",\
          "expiration":1795716000000}}
          """)
    }
  }

  private func context(_ profile: String, server: LoopbackHTTPServer, cache: [String: String]) throws
    -> CredentialContext
  {
    try CredentialFixtures.context(
      profile: profile, environment: ["AWS_ENDPOINT_URL_SSO": server.baseURL], config: Self.config, files: cache)
  }

  private static func token(_ value: String, expires: String) -> String {
    "{\"accessToken\":\"\(value)\",\"expiresAt\":\"\(expires)\",\"region\":\"eu-west-1\"}"
  }

  // MARK: - Cache file names

  @Test(arguments: [
    ("corp", corpCache),
    ("https://legacy.awsapps.com/start", "/home/op/.aws/sso/cache/79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"),
  ])
  func namesTheCacheFileBySHA1(key: String, path: String) {
    #expect(SSOCredentialSource.cachePath(cacheKey: key, environment: ["HOME": "/home/op"]) == path)
  }

  // MARK: - Portal

  @Test func fetchesRoleCredentialsWithTheCachedToken() async throws {
    let server = try Self.portal()
    defer { server.stop() }
    let cache = [Self.corpCache: Self.token("good-token", expires: "2026-11-26T20:00:00Z")]
    let credentials = try await CredentialChain(context: try context("sso", server: server, cache: cache)).credentials()
    #expect(
      credentials
        == Credentials(
          accessKeyId: "ASIASSO", secretAccessKey: "sso-secret", sessionToken: "sso-token",
          expiration: Date(timeIntervalSince1970: 1_795_716_000)))
    let request = try #require(server.requests.first)
    #expect(request.method == "GET")
    #expect(request.target == "/federation/credentials?role_name=Admin%20Role&account_id=111122223333")
  }

  @Test(arguments: [
    ([String: String](), "no SSO login is cached", "SSOTokenMissing"),
    ([corpCache: token("good-token", expires: "2026-11-01T00:00:00Z")], "the SSO login has expired", "SSOTokenExpired"),
    (
      [corpCache: token("stale-token", expires: "2026-11-26T20:00:00Z")], "the SSO session was rejected",
      "SSOTokenRejected"
    ),
  ])
  func tellsTheOperatorToLogIn(cache: [String: String], reason: String, code: String) async throws {
    let server = try Self.portal()
    defer { server.stop() }
    let chain = CredentialChain(context: try context("sso", server: server, cache: cache))
    await #expect {
      try await chain.credentials()
    } throws: { error in
      (error as? AWSError)?.kind == .credentials
        && "\(error)" == "SSO for profile sso: \(reason); run: aws sso login --profile sso (\(code))"
    }
  }

  @Test func aMissingSSOSessionSectionIsAConfigurationError() async throws {
    let server = try Self.portal()
    defer { server.stop() }
    await #expect {
      try await CredentialChain(context: try context("broken", server: server, cache: [:])).credentials()
    } throws: { error in
      (error as? AWSError)?.kind == .configuration
        && "\(error)" == "SSO for profile broken: [sso-session missing] is not in /home/op/.aws/config (InvalidConfig)"
    }
  }
}
