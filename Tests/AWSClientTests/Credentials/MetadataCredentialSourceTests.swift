import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

@testable import AWSClient

/// The container endpoint and the EC2 instance metadata service, both served on loopback.
struct MetadataCredentialSourceTests {
  private static let document = """
    {"Code":"Success","AccessKeyId":"ASIAMETA","SecretAccessKey":"meta-secret","Token":"meta-token",\
    "Expiration":"2026-11-26T18:00:00Z"}
    """
  private static let expected = Credentials(
    accessKeyId: "ASIAMETA", secretAccessKey: "meta-secret", sessionToken: "meta-token",
    expiration: Date(timeIntervalSince1970: 1_795_716_000))

  // MARK: - Container endpoint

  @Test func fetchesFromAFullURIWithTheTokenFile() async throws {
    let server = try LoopbackHTTPServer { request in
      request.headers["authorization"] == "file-token" ? .init(body: Self.document) : .init(status: 401)
    }
    defer { server.stop() }
    let context = try CredentialFixtures.context(
      environment: [
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/v2/credentials/abc",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/token", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "env-token",
      ], files: ["/var/run/token": "file-token\n"])
    #expect(try await CredentialChain(context: context).credentials() == Self.expected)
    #expect(server.requests.map(\.target) == ["/v2/credentials/abc"])
  }

  @Test(arguments: [
    (["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/xyz"], "http://169.254.170.2/v2/credentials/xyz"),
    (
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials"],
      "http://169.254.170.23/v1/credentials"
    ),
    (["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://[fd00:ec2::23]/creds"], "http://[fd00:ec2::23]/creds"),
    (["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://localhost:8080/creds"], "http://localhost:8080/creds"),
    (["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.2/creds"], "http://127.0.0.2/creds"),
  ])
  func acceptsTheContainerHosts(environment: [String: String], url: String) throws {
    #expect(try ContainerCredentialSource.endpoint(environment: environment)?.absoluteString == url)
  }

  @Test func refusesAFullURIToAnyOtherHost() {
    #expect {
      try ContainerCredentialSource.endpoint(environment: [
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://evil.example/x"
      ])
    } throws: { error in
      (error as? AWSError)?.kind == .configuration
        && "\(error)"
          == "AWS_CONTAINER_CREDENTIALS_FULL_URI: host evil.example is not a loopback address or one of "
          + "169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost (InvalidConfig)"
    }
  }

  @Test func retriesServerErrorsThreeTimes() async throws {
    let server = try LoopbackHTTPServer { _ in .init(status: 500) }
    defer { server.stop() }
    let context = try CredentialFixtures.context(
      environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/creds"])
    await #expect {
      try await ContainerCredentialSource(context: context).load()
    } throws: { error in
      "\(error)" == "Container credentials endpoint 127.0.0.1: HTTP 500 after 3 attempts (CredentialsUnavailable)"
    }
    #expect(server.requests.count == 3)
  }

  // MARK: - Instance metadata

  /// An IMDS answering the token request with `tokenStatus`; with a token it requires it on every GET.
  private static func imds(tokenStatus: Int) throws -> LoopbackHTTPServer {
    try LoopbackHTTPServer { request in
      switch (request.method, request.target) {
      case ("PUT", "/latest/api/token"):
        guard request.headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600" else { return .init(status: 400) }
        return tokenStatus == 200 ? .init(body: "imds-token") : .init(status: tokenStatus)
      case _ where tokenStatus == 200 && request.headers["x-aws-ec2-metadata-token"] != "imds-token":
        return .init(status: 401)
      case ("GET", "/latest/meta-data/iam/security-credentials/"):
        return .init(body: "ferry-role\n")
      case ("GET", "/latest/meta-data/iam/security-credentials/ferry-role"):
        return .init(body: document)
      default:
        return .init(status: 404)
      }
    }
  }

  private func imdsContext(_ server: LoopbackHTTPServer, _ extra: [String: String] = [:]) throws -> CredentialContext {
    try CredentialFixtures.context(
      environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL].merging(extra) { _, new in new })
  }

  @Test func usesIMDSv2() async throws {
    let server = try Self.imds(tokenStatus: 200)
    defer { server.stop() }
    #expect(try await CredentialChain(context: try imdsContext(server)).credentials() == Self.expected)
    #expect(
      server.requests.map { "\($0.method) \($0.target)" } == [
        "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
        "GET /latest/meta-data/iam/security-credentials/ferry-role",
      ])
  }

  @Test(arguments: [403, 404, 405])
  func fallsBackToIMDSv1(tokenStatus: Int) async throws {
    let server = try Self.imds(tokenStatus: tokenStatus)
    defer { server.stop() }
    #expect(try await IMDSCredentialSource(context: try imdsContext(server)).load() == Self.expected)
    #expect(server.requests.dropFirst().allSatisfy { $0.headers["x-aws-ec2-metadata-token"] == nil })
  }

  @Test func doesNotFallBackWhenIMDSv1IsDisabled() async throws {
    let server = try Self.imds(tokenStatus: 403)
    defer { server.stop() }
    let context = try imdsContext(server, ["AWS_EC2_METADATA_V1_DISABLED": "true"])
    await #expect {
      try await IMDSCredentialSource(context: context).load()
    } throws: { error in
      "\(error)" == "EC2 instance metadata at \(server.baseURL): no IMDSv2 token, and IMDSv1 is disabled "
        + "(AWS_EC2_METADATA_V1_DISABLED) (CredentialsUnavailable)"
    }
    #expect(server.requests.count == 1)
  }

  @Test func anInstanceWithoutARoleHasNothing() async throws {
    let server = try LoopbackHTTPServer { request in
      request.method == "PUT" ? .init(body: "imds-token") : .init(status: 404)
    }
    defer { server.stop() }
    #expect(try await IMDSCredentialSource(context: try imdsContext(server)).load() == nil)
  }

  @Test func isSkippedWhenDisabled() async throws {
    let server = try Self.imds(tokenStatus: 200)
    defer { server.stop() }
    let context = try imdsContext(server, ["AWS_EC2_METADATA_DISABLED": "true"])
    #expect(try await IMDSCredentialSource(context: context).load() == nil)
    #expect(server.requests.isEmpty)
  }

  @Test func nothingListeningMeansNothingHere() async throws {
    let server = try LoopbackHTTPServer { _ in .init() }
    let address = server.baseURL
    server.stop()
    let context = try CredentialFixtures.context(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": address])
    #expect(try await IMDSCredentialSource(context: context).load() == nil)
  }
}

// MARK: - Slow token, role from instance metadata

extension MetadataCredentialSourceTests {
  @Test func fallsBackToIMDSv1WhenTheTokenRequestTimesOut() async throws {
    let server = try LoopbackHTTPServer { request in
      if request.method == "PUT" {
        // Longer than the 1 s metadata timeout: the client gives up and carries on without a token.
        Thread.sleep(forTimeInterval: 1.3)
        return .init(body: "late-token")
      }
      if request.target.hasSuffix("/security-credentials/") { return .init(body: "ferry-role") }
      return .init(body: Self.document)
    }
    defer { server.stop() }
    let started = ContinuousClock.now
    #expect(try await IMDSCredentialSource(context: try imdsContext(server)).load() == Self.expected)
    #expect(server.requests.dropFirst().allSatisfy { $0.headers["x-aws-ec2-metadata-token"] == nil })
    // Not hung: the late token was not waited for (a guard only; the headers above are the proof).
    #expect(ContinuousClock.now - started < .seconds(10))
  }

  @Test func assumesARoleWithTheInstanceRoleAsCredentialSource() async throws {
    let server = try LoopbackHTTPServer { request in
      switch request.method {
      case "PUT": return .init(body: "imds-token")
      case "POST": return .init(body: CredentialFixtures.stsAnswer(action: "AssumeRole", keyId: "ASIAASSUMED"))
      default:
        if request.target.hasSuffix("/security-credentials/") { return .init(body: "ferry-role") }
        return .init(body: Self.document)
      }
    }
    defer { server.stop() }
    let context = try CredentialFixtures.context(
      profile: "ops",
      environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL, "AWS_ENDPOINT_URL_STS": server.baseURL],
      config: "[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\ncredential_source = Ec2InstanceMetadata\n")
    #expect(try await CredentialChain(context: context).credentials().accessKeyId == "ASIAASSUMED")
    let assume = try #require(server.requests.last)
    #expect(assume.headers["authorization"]?.contains("Credential=ASIAMETA/") == true)
    #expect(assume.headers["x-amz-security-token"] == "meta-token")
  }
}
