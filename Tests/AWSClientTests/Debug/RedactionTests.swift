import AWSClient
import FerryRules
import Foundation
import Testing

// MARK: - Redactor

@Test func secretHeadersAreMasked() {
  let headers = Redactor.headers([
    "Authorization": "AWS4-HMAC-SHA256 Credential=AKID/…, Signature=abc", "X-Amz-Security-Token": "tok",
    "x-amz-sso_bearer_token": "bearer", "X-Amz-Date": "20150830T123600Z",
  ])
  #expect(
    headers.map { "\($0.0): \($0.1)" } == [
      "Authorization: <redacted>", "X-Amz-Date: 20150830T123600Z", "X-Amz-Security-Token: <redacted>",
      "x-amz-sso_bearer_token: <redacted>",
    ])
}

@Test(arguments: [
  (
    "https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&X-Amz-Security-Token=SESSION%2B%2F%3D&X-Amz-Signature=96cb064c",
    "https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&X-Amz-Security-Token=<redacted>&X-Amz-Signature=<redacted>"
  ),
  (
    "Action=CopySnapshot&PresignedUrl=https%3A%2F%2Fec2%2F%3FX-Amz-Date%3D1%26X-Amz-Security-Token%3DSESS%252B%26X-Amz-Signature%3Dabcdef&DestinationRegion=eu-west-1",
    "Action=CopySnapshot&PresignedUrl=https%3A%2F%2Fec2%2F%3FX-Amz-Date%3D1%26X-Amz-Security-Token%3D<redacted>%26X-Amz-Signature%3D<redacted>&DestinationRegion=eu-west-1"
  ),
  (
    #"{"roleCredentials":{"accessKeyId":"ASIA","secretAccessKey":"s3cr\"et","sessionToken":"tok","expiration":1}}"#,
    #"{"roleCredentials":{"accessKeyId":"ASIA","secretAccessKey":"<redacted>","sessionToken":"<redacted>","expiration":1}}"#
  ),
  (
    #"{"AccessKeyId": "ASIA", "SecretAccessKey": "s", "Token": "t", "NextToken": "keep"}"#,
    #"{"AccessKeyId": "ASIA", "SecretAccessKey": "<redacted>", "Token": "<redacted>", "NextToken": "keep"}"#
  ),
  (
    "<Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken></Credentials>",
    "<Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey><redacted></SecretAccessKey><SessionToken><redacted></SessionToken></Credentials>"
  ),
  ("Action=DescribeImages&NextToken=abc", "Action=DescribeImages&NextToken=abc"),
])
func secretsInTextAreMasked(raw: String, redacted: String) {
  #expect(Redactor.text(raw) == redacted)
}

// MARK: - Wire log file

@Test func theWireLogIsPrivateAndHoldsNoSecret() async throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-wire-\(UUID().uuidString)/ferry")
  defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
  let log = try WireLog.open(directory: directory)
  let transport = ScriptedTransport([
    Answers.ec2Error(503, code: "RequestLimitExceeded"),
    Answers.xml(200, "<CopySnapshotResponse><snapshotId>snap-new</snapshotId></CopySnapshotResponse>"),
  ])
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(region: "us-east-1"),
    credentials: StaticCredentials(
      value: .init(accessKeyId: "ASIAEXAMPLE", secretAccessKey: "SECRETKEY", sessionToken: "SESSIONTOKEN")),
    signer: SigV4RequestSigner(), transport: transport, wireLog: log, sleeper: RecordingSleeper(), random: { 0.25 })
  _ = try await account.copy(
    APICall(
      operation: .copySnapshot, region: "eu-west-1",
      parameters: ["SourceSnapshotId": .string("snap-1"), "SourceRegion": .string("us-east-1")]))

  let attributes = try FileManager.default.attributesOfItem(atPath: log.fileURL.path)
  #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  let directoryAttributes = try FileManager.default.attributesOfItem(atPath: directory.path)
  #expect((directoryAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)

  let text = try String(contentsOf: log.fileURL, encoding: .utf8)
  #expect(text.contains(">>> CopySnapshot attempt 1"))
  #expect(text.contains(">>> CopySnapshot attempt 2"))
  #expect(text.contains("<<< CopySnapshot HTTP 503 in "))
  #expect(text.contains("--- CopySnapshot: retry 2/3 in 0.250 s after RequestLimitExceeded"))
  #expect(text.contains("POST https://ec2.eu-west-1.amazonaws.com/"))
  #expect(text.contains("snap-new"))
  #expect(!text.contains("SESSIONTOKEN"))
  #expect(!text.contains("SECRETKEY"))
  #expect(!text.contains("Signature="))
  #expect(text.contains("Authorization: <redacted>"))
  #expect(text.contains("X-Amz-Signature%3D<redacted>"))
  #expect(text.contains("X-Amz-Security-Token%3D<redacted>"))
}

/// The XDG rules themselves are FerryDirectoriesTests'; here, that the log sits in ferry's state directory.
@Test func wireLogDirectory() throws {
  #expect(try WireLog.defaultDirectory(environment: ["XDG_STATE_HOME": "/state"]).path == "/state/ferry")
  #expect(throws: FerryDirectoryError(kind: .state)) { try WireLog.defaultDirectory(environment: [:]) }
}
