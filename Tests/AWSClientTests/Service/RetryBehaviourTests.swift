import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Synchronization
import Testing

// MARK: - Throttling

@Test func throttledTwiceThenAnsweredSleepsWithJitterAndRefundsQuota() async throws {
  let transport = ScriptedTransport([
    Answers.ec2Error(503, code: "RequestLimitExceeded", message: "Request limit exceeded."),
    Answers.ec2Error(503, code: "RequestLimitExceeded", message: "Request limit exceeded."),
    Answers.regions,
  ])
  let sleeper = RecordingSleeper()
  let account = LiveAccount.scripted(transport, sleeper: sleeper, random: 0.5)
  let regions = try await account.regions(from: "us-east-1")
  #expect(regions.map(\.name) == ["eu-west-1"])
  #expect(sleeper.delays == [0.5, 1.0])
  #expect(transport.requests.count == 3)
  #expect(Set(transport.requests.map(\.body)).count == 1, "every attempt sends the same body")
}

@Test func throttlingBeyondTheRetriesIsAThrottlingError() async throws {
  let transport = ScriptedTransport(
    Array(repeating: Answers.ec2Error(503, code: "RequestLimitExceeded", message: "Request limit exceeded."), count: 3))
  let sleeper = RecordingSleeper()
  let account = LiveAccount.scripted(transport, sleeper: sleeper, random: 1)
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == .throttling)
  #expect(error?.code == "RequestLimitExceeded")
  #expect(error?.requestId == "rid")
  #expect(
    error?.description
      == "AWS is throttling DescribeRegions in us-east-1 and still was after 3 attempt(s): Request limit exceeded;"
      + " wait a minute and try again, or lower the request rate (RequestLimitExceeded)")
  #expect(sleeper.delays == [1.0, 2.0])
}

@Test func maxAttemptsOneMeansNoRetry() async {
  let transport = ScriptedTransport([Answers.ec2Error(500, code: "InternalError"), Answers.regions])
  let account = LiveAccount.scripted(transport, maxAttempts: 1)
  await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(transport.requests.count == 1)
}

// MARK: - Errors that are not retried

@Test func authFailureNamesTheCredentialsAndIsNotRetried() async {
  let transport = ScriptedTransport([
    Answers.ec2Error(401, code: "AuthFailure", message: "AWS was not able to validate the provided access credentials")
  ])
  let account = LiveAccount.scripted(transport)
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == .credentials)
  #expect(error?.httpStatus == 401)
  #expect(error?.message.contains("credentials from profile ops") == true)
  #expect(error?.description.contains("\n") == false)
  #expect(transport.requests.count == 1)
}

@Test(arguments: [
  ("UnauthorizedOperation", AWSError.Kind.credentials),
  ("InvalidClientTokenId", .credentials),
  ("SignatureDoesNotMatch", .credentials),
  ("ExpiredToken", .credentials),
  ("InvalidAMIID.NotFound", .service),
  ("DryRunOperation", .service),
])
func errorKinds(code: String, kind: AWSError.Kind) async {
  let account = LiveAccount.scripted(ScriptedTransport([Answers.ec2Error(400, code: code)]))
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == kind)
  #expect(error?.code == code)
}

@Test func notFoundReadsAsAPlainSentence() async {
  let account = LiveAccount.scripted(
    ScriptedTransport([
      Answers.ec2Error(400, code: "InvalidAMIID.NotFound", message: "The image id '[ami-1]' does not exist")
    ]))
  let error = await #expect(throws: AWSError.self) {
    try await account.images(in: "us-east-1", query: ImageQuery(imageIds: ["ami-1"]), nextToken: nil)
  }
  #expect(
    error?.description
      == "DescribeImages in us-east-1 failed: The image id '[ami-1]' does not exist (InvalidAMIID.NotFound)")
}

@Test func anErrorWithoutAnEnvelopeKeepsTheStatus() async {
  let account = LiveAccount.scripted(ScriptedTransport([Answers.xml(404, "<html>nope</html>")]))
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.code == "HTTP404")
  #expect(error?.kind == .service)
}

// MARK: - Connections

@Test func connectionFailuresAreRetriedAndTimeoutsCostMore() async throws {
  let transport = ScriptedTransport([
    .fail(AWSError(kind: .network, code: CurlTransport.timeoutCode, message: "h did not answer in time")),
    .fail(AWSError(kind: .network, code: "ConnectionRefused", message: "could not connect to h")),
    Answers.regions,
  ])
  let account = LiveAccount.scripted(transport, random: 0)
  _ = try await account.regions(from: "us-east-1")
  #expect(transport.requests.count == 3)
}

@Test func connectionFailureBeyondRetriesSaysHowManyAttempts() async {
  let refused = ScriptedTransport.Step.fail(
    AWSError(kind: .network, code: "ConnectionRefused", message: "could not connect to h"))
  let account = LiveAccount.scripted(ScriptedTransport([refused, refused, refused]), random: 0)
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == .network)
  #expect(error?.message == "DescribeRegions in us-east-1 failed after 3 attempt(s): could not connect to h")
}

// MARK: - Clock skew

@Test func aSkewedClockIsCorrectedAndTheRequestResigned() async throws {
  let transport = ScriptedTransport([
    Answers.ec2Error(400, code: "RequestExpired", headers: ["date": "Sun, 30 Aug 2015 12:46:00 GMT"]),
    Answers.regions,
  ])
  let sleeper = RecordingSleeper()
  let account = LiveAccount.scripted(transport, sleeper: sleeper)
  _ = try await account.regions(from: "us-east-1")
  #expect(transport.requests.map { $0.headers["X-Amz-Date"] } == ["20150830T123600Z", "20150830T124600Z"])
  #expect(sleeper.delays.isEmpty)
}

@Test func skewIsCorrectedOnlyOncePerCall() async {
  let skewed = Answers.ec2Error(400, code: "RequestExpired", headers: ["date": "Sun, 30 Aug 2015 14:36:00 GMT"])
  let transport = ScriptedTransport([skewed, skewed, skewed])
  let account = LiveAccount.scripted(transport)
  await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(transport.requests.count == 2)
}

/// A server whose clock is 10 minutes ahead of the client's: it refuses a signature dated by the
/// client's clock with RequestExpired.
///
/// It holds its first answers until two requests have arrived, so
/// two concurrent calls both sign before either learns the server's time.
private final class SkewedServer: HTTPTransport {
  private let state = Mutex<(arrived: Int, requests: [HTTPRequest])>((0, []))

  var requests: [HTTPRequest] { state.withLock { $0.requests } }

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    state.withLock {
      $0.arrived += 1
      $0.requests.append(request)
    }
    while state.withLock({ $0.arrived }) < 2 { try await Task.sleep(for: .milliseconds(1)) }
    let step =
      request.headers["X-Amz-Date"] == "20150830T124600Z"
      ? Answers.regions
      : Answers.ec2Error(400, code: "RequestExpired", headers: ["date": "Sun, 30 Aug 2015 12:46:00 GMT"])
    guard case .respond(let response) = step else { throw CancellationError() }
    return response
  }
}

@Test func callsCorrectedAtOnceDoNotAddTheirCorrectionsUp() async throws {
  let transport = SkewedServer()
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(region: "us-east-1", profile: "ops"), credentials: StaticCredentials(),
    signer: SigV4RequestSigner(), transport: transport, sleeper: RecordingSleeper(), random: { 0.5 },
    now: { Answers.vectorDate }, makeToken: { "t" })
  async let first = account.regions(from: "us-east-1")
  async let second = account.regions(from: "us-east-1")
  _ = try await (first, second)
  // Both re-signed by the server's clock, 10 minutes on; not 20, as two corrections added up would be.
  #expect(
    transport.requests.map { $0.headers["X-Amz-Date"] ?? "" }.sorted() == [
      "20150830T123600Z", "20150830T123600Z", "20150830T124600Z", "20150830T124600Z",
    ])
}

// MARK: - Endpoints

@Test func plainHTTPGoesOnlyToLoopback() async {
  let transport = ScriptedTransport([Answers.regions])
  let account = LiveAccount.scripted(transport, endpoint: URL(string: "http://ec2.example.com"))
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == .configuration)
  #expect(error?.code == "InsecureEndpoint")
  #expect(transport.requests.isEmpty)
}

@Test func signedRequestsGoToThePartitionEndpoint() async throws {
  let transport = ScriptedTransport([Answers.regions])
  _ = try await LiveAccount.scripted(transport).regions(from: "cn-north-1")
  let request = try #require(transport.requests.first)
  #expect(request.url.absoluteString == "https://ec2.cn-north-1.amazonaws.com.cn/")
  #expect(request.method == "POST")
  #expect(String(decoding: request.body, as: UTF8.self) == "Action=DescribeRegions&Version=2016-11-15&AllRegions=true")
  #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8")
  #expect(
    request.headers["Authorization"]?.hasPrefix(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/cn-north-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature="
    )
      == true)
}

// MARK: - Expired credentials

/// Hands out a new session each time it is asked, and counts the asking.
private actor RotatingSessions: CredentialProvider {
  private(set) var fetches = 0

  func credentials() async throws -> Credentials {
    fetches += 1
    return Credentials(
      accessKeyId: "ASIA\(fetches)", secretAccessKey: "s", sessionToken: "t\(fetches)",
      expiration: Answers.vectorDate.addingTimeInterval(3600))
  }
}

@Test func expiredSessionCredentialsAreFetchedAgainOnce() async throws {
  let sessions = RotatingSessions()
  let transport = ScriptedTransport([Answers.ec2Error(400, code: "ExpiredToken"), Answers.regions])
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(region: "us-east-1"),
    credentials: CachingCredentialProvider(sessions, now: { Answers.vectorDate }), signer: SigV4RequestSigner(),
    transport: transport, sleeper: RecordingSleeper(), now: { Answers.vectorDate })
  _ = try await account.regions(from: "us-east-1")
  #expect(await sessions.fetches == 2)
  #expect(transport.requests.map { $0.headers["X-Amz-Security-Token"] } == ["t1", "t2"])
}

@Test func credentialsThatStayExpiredAreACredentialsError() async throws {
  let expired = Answers.ec2Error(
    400, code: "ExpiredToken", message: "The security token included in the request is expired")
  let transport = ScriptedTransport([expired, expired, expired])
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(region: "us-east-1", profile: "sso-dev"),
    credentials: CachingCredentialProvider(RotatingSessions(), now: { Answers.vectorDate }),
    signer: SigV4RequestSigner(),
    transport: transport, sleeper: RecordingSleeper(), now: { Answers.vectorDate })
  let error = await #expect(throws: AWSError.self) { try await account.regions(from: "us-east-1") }
  #expect(error?.kind == .credentials)
  #expect(error?.message.contains("profile sso-dev") == true)
  #expect(transport.requests.count == 2)
}

@Test func aTransportThatRefusesToSendIsNotRetried() async {
  let refusal = AWSError(kind: .configuration, code: "CABundleUnreadable", message: "cannot read the bundle")
  let transport = ScriptedTransport([.fail(refusal), Answers.regions])
  let error = await #expect(throws: AWSError.self) {
    try await LiveAccount.scripted(transport).regions(from: "us-east-1")
  }
  #expect(error == refusal)
  #expect(transport.requests.count == 1)
}
