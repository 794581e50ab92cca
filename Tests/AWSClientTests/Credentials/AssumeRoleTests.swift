import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Synchronization
import Testing

/// Assume role and web identity against a loopback STS.
struct AssumeRoleTests {
  /// An STS that hands out credentials named after the role's last path segment.
  private static func sts() throws -> LoopbackHTTPServer {
    try LoopbackHTTPServer { request in
      let form = CredentialFixtures.form(request.bodyText)
      let action = form["Action"] ?? ""
      guard let role = form["RoleArn"]?.split(separator: "/").last else {
        return .init(
          status: 400,
          body: "<ErrorResponse><Error><Code>ValidationError</Code><Message>no role</Message></Error></ErrorResponse>")
      }
      if role == "denied" {
        return .init(
          status: 403,
          body:
            "<ErrorResponse><Error><Code>AccessDenied</Code><Message>not authorized to assume</Message></Error></ErrorResponse>"
        )
      }
      return .init(body: CredentialFixtures.stsAnswer(action: action, keyId: "ASIA" + role.uppercased()))
    }
  }

  fileprivate static let config = """
    [profile base]
    region = us-east-1
    [profile admin]
    role_arn = arn:aws:iam::123456789012:role/admin
    source_profile = base
    role_session_name = night-shift
    external_id = ext-42
    duration_seconds = 1800
    [profile chained]
    role_arn = arn:aws:iam::123456789012:role/chained
    source_profile = admin
    [profile mfa]
    role_arn = arn:aws:iam::123456789012:role/mfa
    source_profile = base
    mfa_serial = arn:aws:iam::123456789012:mfa/op
    [profile loop-a]
    role_arn = arn:aws:iam::123456789012:role/a
    source_profile = loop-b
    [profile loop-b]
    role_arn = arn:aws:iam::123456789012:role/b
    source_profile = loop-a
    [profile from-env]
    role_arn = arn:aws:iam::123456789012:role/fromenv
    credential_source = Environment
    [profile denied]
    role_arn = arn:aws:iam::123456789012:role/denied
    source_profile = base
    [profile web]
    role_arn = arn:aws:iam::123456789012:role/web
    web_identity_token_file = /var/run/token
    """
  fileprivate static let credentials = "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n"

  private func context(
    _ profile: String, server: LoopbackHTTPServer, environment: [String: String] = [:],
    mfaPrompt: CredentialContext.MFAPrompt? = nil
  ) throws -> CredentialContext {
    try CredentialFixtures.context(
      profile: profile, environment: ["AWS_ENDPOINT_URL_STS": server.baseURL].merging(environment) { _, new in new },
      config: Self.config, credentials: Self.credentials, files: ["/var/run/token": "oidc-token\n"],
      mfaPrompt: mfaPrompt)
  }

  // MARK: - AssumeRole

  @Test func assumesTheRoleWithTheSourceProfilesSignedRequest() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let credentials = try await CredentialChain(context: try context("admin", server: server)).credentials()
    #expect(credentials.accessKeyId == "ASIAADMIN")
    #expect(credentials.secretAccessKey == "secret-ASIAADMIN")
    #expect(credentials.sessionToken == "token-ASIAADMIN")
    #expect(credentials.expiration == Date(timeIntervalSince1970: 1_795_716_000))

    let request = try #require(server.requests.first)
    #expect(request.method == "POST")
    #expect(
      CredentialFixtures.form(request.bodyText) == [
        "Action": "AssumeRole", "Version": "2011-06-15", "RoleArn": "arn:aws:iam::123456789012:role/admin",
        "RoleSessionName": "night-shift", "ExternalId": "ext-42", "DurationSeconds": "1800",
      ])
    let authorization = try #require(request.headers["authorization"])
    #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDBASE/20261118/us-east-1/sts/aws4_request"))
  }

  @Test func chainsRolesThroughSourceProfiles() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let credentials = try await CredentialChain(context: try context("chained", server: server)).credentials()
    #expect(credentials.accessKeyId == "ASIACHAINED")
    #expect(server.requests.count == 2)
    // The second call is signed with the first role's credentials.
    #expect(server.requests[1].headers["authorization"]?.contains("Credential=ASIAADMIN/") == true)
    #expect(server.requests[1].headers["x-amz-security-token"] == "token-ASIAADMIN")
  }

  @Test func asksForTheMFACodeThroughThePrompt() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let asked = Mutex<[String]>([])
    let prompt: CredentialContext.MFAPrompt = { serial in
      asked.withLock { $0.append(serial) }
      return "123456"
    }
    _ = try await CredentialChain(context: try context("mfa", server: server, mfaPrompt: prompt)).credentials()
    #expect(asked.withLock { $0 } == ["arn:aws:iam::123456789012:mfa/op"])
    let form = CredentialFixtures.form(try #require(server.requests.first).bodyText)
    #expect(form["SerialNumber"] == "arn:aws:iam::123456789012:mfa/op")
    #expect(form["TokenCode"] == "123456")
  }

  @Test func refusesASourceProfileLoop() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    await #expect {
      try await CredentialChain(context: try context("loop-a", server: server)).credentials()
    } throws: { error in
      (error as? AWSError)?.kind == .configuration
        && "\(error)"
          == "Assume role for profile loop-a: source_profile loops: loop-a → loop-b → loop-a (InfiniteLoopConfigError)"
    }
    #expect(server.requests.isEmpty)
  }

  @Test func usesTheEnvironmentAsCredentialSource() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let environment = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"]
    let credentials = try await CredentialChain(
      context: try context("from-env", server: server, environment: environment)
    ).credentials()
    #expect(credentials.accessKeyId == "ASIAFROMENV")
    #expect(server.requests.first?.headers["authorization"]?.contains("Credential=AKIDENV/") == true)
  }

  @Test func keepsSTSErrorCodeAndMessage() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    await #expect {
      try await CredentialChain(context: try context("denied", server: server)).credentials()
    } throws: { error in
      let awsError = error as? AWSError
      return awsError?.code == "AccessDenied" && awsError?.httpStatus == 403
        && "\(error)" == "Assume role for profile denied: not authorized to assume (AccessDenied)"
    }
  }

  // MARK: - Web identity

  @Test func exchangesTheTokenFileUnsigned() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let credentials = try await CredentialChain(context: try context("web", server: server)).credentials()
    #expect(credentials.accessKeyId == "ASIAWEB")
    let request = try #require(server.requests.first)
    #expect(request.headers["authorization"] == nil)
    let form = CredentialFixtures.form(request.bodyText)
    #expect(form["Action"] == "AssumeRoleWithWebIdentity")
    #expect(form["WebIdentityToken"] == "oidc-token")
    #expect(form["RoleSessionName"]?.hasPrefix("ferry-session-") == true)
  }

  @Test func environmentWebIdentityBeatsTheProfile() async throws {
    let server = try Self.sts()
    defer { server.stop() }
    let environment = [
      "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/envweb",
      "AWS_ROLE_SESSION_NAME": "pod",
    ]
    let credentials = try await CredentialChain(
      context: try context("base", server: server, environment: environment)
    ).credentials()
    // The environment's web identity comes before the profile's static keys in the chain.
    #expect(credentials.accessKeyId == "ASIAENVWEB")
    #expect(CredentialFixtures.form(try #require(server.requests.first).bodyText)["RoleSessionName"] == "pod")
  }
}

// MARK: - Unreachable STS

extension AssumeRoleTests {
  @Test func anUnreachableSTSIsACredentialsErrorNamingTheProfile() async throws {
    let server = try LoopbackHTTPServer { _ in .init() }
    let address = server.baseURL
    server.stop()
    let context = try CredentialFixtures.context(
      profile: "admin", environment: ["AWS_ENDPOINT_URL_STS": address], config: Self.config,
      credentials: Self.credentials)
    await #expect {
      try await CredentialChain(context: context).credentials()
    } throws: { error in
      (error as? AWSError)?.kind == .credentials
        && "\(error)"
          == "Assume role for profile admin: could not connect to \(address.dropFirst("http://".count))"
          + " (connection refused) (ConnectionRefused)"
    }
  }
}
