import AWSClient
import AWSSigning
import FerryCloud
import FerryRules
import Foundation
import Testing

private func form(_ body: Data) -> [String: String] {
  var fields: [String: String] = [:]
  for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
    fields[URIEncoding.decode(parts[0])] = URIEncoding.decode(parts.count > 1 ? parts[1] : "")
  }
  return fields
}

private func query(_ url: String) -> [String: String] {
  guard let question = url.firstIndex(of: "?") else { return [:] }
  return form(Data(url[url.index(after: question)...].utf8))
}

private let copyImageAnswer = Answers.xml(
  200, "<CopyImageResponse><requestId>r1</requestId><imageId>ami-new</imageId></CopyImageResponse>")
private let copySnapshotAnswer = Answers.xml(
  200, "<CopySnapshotResponse><requestId>r2</requestId><snapshotId>snap-new</snapshotId></CopySnapshotResponse>")

// MARK: - CopyImage and its ClientToken

@Test func copyImageKeepsTheCallersTokenOnEveryRetry() async throws {
  let transport = ScriptedTransport([Answers.ec2Error(503, code: "RequestLimitExceeded"), copyImageAnswer])
  let call = APICall(
    operation: .copyImage, region: "eu-west-1",
    parameters: [
      "SourceImageId": .string("ami-1"), "SourceRegion": .string("us-east-1"), "Name": .string("n"),
      "ClientToken": .string("runbook-7f3a"),
    ])
  let outcome = try await LiveAccount.scripted(transport).copy(call)
  #expect(outcome == CopyOutcome(resourceId: "ami-new", requestId: "r1"))
  #expect(transport.requests.count == 2)
  #expect(transport.requests.map { form($0.body)["ClientToken"] } == ["runbook-7f3a", "runbook-7f3a"])
  #expect(transport.requests.first?.url.host == "ec2.eu-west-1.amazonaws.com")
  #expect(form(transport.requests[0].body)["PresignedUrl"] == nil)
}

@Test func copyImageWithoutATokenGetsOne() async throws {
  let transport = ScriptedTransport([copyImageAnswer])
  let call = APICall(
    operation: .copyImage, region: "eu-west-1",
    parameters: ["SourceImageId": .string("ami-1"), "SourceRegion": .string("us-east-1"), "Name": .string("n")])
  _ = try await LiveAccount.scripted(transport).copy(call)
  #expect(form(transport.requests[0].body)["ClientToken"] == "generated-token")
}

// MARK: - CopySnapshot's presigned URL

@Test func copySnapshotCarriesAPresignedURLForTheSourceRegion() async throws {
  let transport = ScriptedTransport([copySnapshotAnswer])
  let call = APICall(
    operation: .copySnapshot, region: "eu-west-1",
    parameters: [
      "SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1"), "Description": .string("a b"),
      "Encrypted": .boolean(true), "ClientToken": .string("t"),
    ])
  let outcome = try await LiveAccount.scripted(transport).copy(call)
  #expect(outcome.resourceId == "snap-new")
  let fields = form(transport.requests[0].body)
  #expect(fields["DestinationRegion"] == "eu-west-1")
  #expect(fields["ClientToken"] == nil, "CopySnapshot has no ClientToken member")
  let presigned = try #require(fields["PresignedUrl"])
  #expect(presigned.hasPrefix("https://ec2.us-east-1.amazonaws.com/?Action=CopySnapshot&Version=2016-11-15&"))
  let signed = query(presigned)
  #expect(signed["SourceSnapshotId"] == "snap-1")
  #expect(signed["Description"] == "a b")
  #expect(signed["Encrypted"] == "true")
  #expect(signed["DestinationRegion"] == "eu-west-1")
  #expect(signed["X-Amz-Credential"] == "AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request")
  #expect(signed["X-Amz-Expires"] == "3600")
  #expect(signed["X-Amz-SignedHeaders"] == "host")
  #expect(signed["X-Amz-Signature"]?.count == 64)
}

@Test func aCustomEndpointKeepsItsHostInThePresignedURL() async throws {
  let transport = ScriptedTransport([copySnapshotAnswer])
  let call = APICall(
    operation: .copySnapshot, region: "eu-west-1",
    parameters: ["SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1")])
  _ = try await LiveAccount.scripted(transport, endpoint: URL(string: "http://127.0.0.1:5000")).copy(call)
  let presigned = try #require(form(transport.requests[0].body)["PresignedUrl"])
  #expect(presigned.hasPrefix("http://127.0.0.1:5000/?Action=CopySnapshot"))
  #expect(query(presigned)["X-Amz-Credential"] == "AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request")
}

@Test func aCallerSuppliedPresignedURLIsLeftAlone() async throws {
  let transport = ScriptedTransport([copySnapshotAnswer])
  let call = APICall(
    operation: .copySnapshot, region: "eu-west-1",
    parameters: [
      "SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1"),
      "PresignedUrl": .string("https://mine"),
    ])
  _ = try await LiveAccount.scripted(transport).copy(call)
  let fields = form(transport.requests[0].body)
  #expect(fields["PresignedUrl"] == "https://mine")
  #expect(fields["DestinationRegion"] == nil)
}

// MARK: - Golden vectors (botocore-ec2-golden.txt)

@Test(arguments: [
  (nil as String?, "64e50dea0a23c9d2fc718b7d5e8218bb8d14d14ba6b2eaab6c11089180af9f60"),
  ("SESSIONTOKEN+/=", "96cb064c05652f3ce572ed3add655fa5d0ec0f09cca312da30dbda3bc6ceaa27"),
])
func presignedURLMatchesBotocore(token: String?, signature: String) throws {
  let credentials = Credentials(
    accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: token)
  let parameters = try CopySnapshotPresigner(signer: SigV4RequestSigner()).parameters(
    ["SourceRegion": .string("us-west-2"), "SourceSnapshotId": .string("snap-123"), "Description": .string("a b")],
    destinationRegion: "us-east-1", sourceEndpoint: try #require(URL(string: "https://ec2.us-west-2.amazonaws.com")),
    credentials: credentials, date: Answers.vectorDate)
  guard case .string(let url)? = parameters["PresignedUrl"] else {
    Issue.record("no PresignedUrl")
    return
  }
  #expect(parameters["DestinationRegion"] == .string("us-east-1"))
  #expect(url.hasSuffix("&X-Amz-Signature=\(signature)"))
  let signed = query(url)
  #expect(signed["X-Amz-Date"] == "20150830T123600Z")
  #expect(signed["X-Amz-Security-Token"] == token)
  #expect(
    url.hasPrefix(
      "https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&Version=2016-11-15&Description=a%20b"
        + "&SourceRegion=us-west-2&SourceSnapshotId=snap-123&DestinationRegion=us-east-1&X-Amz-Algorithm=AWS4-HMAC-SHA256"
    ))
}

@Test func headerSigningMatchesTheBotocoreGoldenRequest() {
  let body =
    "Action=DescribeRegions&Version=2016-11-15&AllRegions=true&Filter.1.Name=region-name&Filter.1.Value.1=us-east-1+x"
  let request = HTTPRequest(
    method: "POST", url: URL(string: "https://ec2.us-east-1.amazonaws.com/")!,  // A literal URL: cannot fail.
    headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"], body: Data(body.utf8))
  let signed = SigV4RequestSigner().signHeaders(
    request, credentials: StaticCredentials().value, region: "us-east-1", service: "ec2", date: Answers.vectorDate)
  #expect(
    signed.headers["Authorization"]
      == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=c52ff2fe83a74a67ab379a56af282ec1ba7b317b75f50e2e2e5cbdee6a9a5b5b"
  )
}

@Test func thePresignedURLUsesTheCorrectedClock() async throws {
  let transport = ScriptedTransport([
    Answers.ec2Error(400, code: "RequestExpired", headers: ["date": "Sun, 30 Aug 2015 12:46:00 GMT"]),
    Answers.regions, copySnapshotAnswer,
  ])
  let account = LiveAccount.scripted(transport)
  _ = try await account.regions(from: "eu-west-1")
  let call = APICall(
    operation: .copySnapshot, region: "eu-west-1",
    parameters: ["SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1")])
  _ = try await account.copy(call)
  let presigned = try #require(form(transport.requests[2].body)["PresignedUrl"])
  #expect(query(presigned)["X-Amz-Date"] == "20150830T124600Z")
  #expect(transport.requests[2].headers["X-Amz-Date"] == "20150830T124600Z")
}

// MARK: - CopySnapshot is never sent twice blindly

private let snapshotCall = APICall(
  operation: .copySnapshot, region: "eu-west-1",
  parameters: ["SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1")])

/// Failures after which EC2 may have made the copy: the client hands them to the copier, which looks
/// for the copy's tag before sending again.
@Test(arguments: [
  ScriptedTransport.Step.fail(AWSError(kind: .network, code: "ConnectionLost", message: "lost")),
  .fail(AWSError(kind: .network, code: CurlTransport.timeoutCode, message: "slow")),
  Answers.ec2Error(500, code: "InternalError"),
  Answers.ec2Error(503, code: "Unavailable"),
])
func aCopySnapshotThatMayHaveActedIsNotRetried(_ failure: ScriptedTransport.Step) async {
  let transport = ScriptedTransport([failure, copySnapshotAnswer])
  await #expect(throws: AWSError.self) { try await LiveAccount.scripted(transport).copy(snapshotCall) }
  #expect(transport.requests.count == 1)
}

/// Failures after which EC2 did nothing are retried as the SDKs retry them.
@Test(arguments: [
  Answers.ec2Error(503, code: "RequestLimitExceeded"),
  .fail(AWSError(kind: .network, code: "ConnectionRefused", message: "refused")),
])
func aCopySnapshotThatCannotHaveActedIsRetried(_ failure: ScriptedTransport.Step) async throws {
  let transport = ScriptedTransport([failure, copySnapshotAnswer])
  let outcome = try await LiveAccount.scripted(transport).copy(snapshotCall)
  #expect(outcome.resourceId == "snap-new")
  #expect(transport.requests.count == 2)
}

@Test func aCopyImageWithALostAnswerIsRetriedWithItsToken() async throws {
  let transport = ScriptedTransport([
    .fail(AWSError(kind: .network, code: "ConnectionLost", message: "lost")),
    Answers.ec2Error(500, code: "InternalError"),
    copyImageAnswer,
  ])
  let call = APICall(
    operation: .copyImage, region: "eu-west-1",
    parameters: ["SourceImageId": .string("ami-1"), "SourceRegion": .string("us-east-1"), "Name": .string("n")])
  _ = try await LiveAccount.scripted(transport).copy(call)
  #expect(transport.requests.map { form($0.body)["ClientToken"] } == Array(repeating: "generated-token", count: 3))
}
