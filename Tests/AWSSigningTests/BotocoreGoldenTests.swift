import Foundation
import Testing

@testable import AWSSigning

/// What botocore 1.43 produced for EC2 (`Fixtures/botocore-ec2-golden.txt`), pinned as exact strings:
/// the Query POST signed in headers, with and without a session token, and the presigned `CopySnapshot` URL.
struct BotocoreGoldenTests {
  private static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
  private static let body = Data(
    "Action=DescribeRegions&Version=2016-11-15&AllRegions=true&Filter.1.Name=region-name&Filter.1.Value.1=us-east-1+x"
      .utf8)
  private static let endpoint = URL(string: "https://ec2.us-east-1.amazonaws.com/")
  private static let contentType = ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")

  private static func credentials(token: String?) -> Credentials {
    Credentials(
      accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: token)
  }

  // MARK: - EC2 Query POST, header signing

  @Test func describeRegionsWithoutToken() throws {
    let signer = SigV4Signer(credentials: Self.credentials(token: nil), region: "us-east-1", service: "ec2")
    let url = try #require(Self.endpoint)
    let result = signer.headerSigning(
      method: "POST", url: url, headers: [Self.contentType], body: Self.body, date: Self.date, options: .init())
    #expect(
      result.steps.canonicalRequest == """
        POST
        /

        content-type:application/x-www-form-urlencoded; charset=utf-8
        host:ec2.us-east-1.amazonaws.com
        x-amz-date:20150830T123600Z

        content-type;host;x-amz-date
        d47a88d7b37b1c12b8ddb26fe9102bf74f03d1b1da4f66d0639ab80d67830355
        """)
    #expect(
      result.steps.stringToSign == """
        AWS4-HMAC-SHA256
        20150830T123600Z
        20150830/us-east-1/ec2/aws4_request
        841d15d73754e6a1f578a2de9bc39076e68ccce8821336b2269a192245943078
        """)
    #expect(
      result.addedHeaders.map { "\($0.name): \($0.value)" } == [
        "X-Amz-Date: 20150830T123600Z",
        "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date, "
          + "Signature=c52ff2fe83a74a67ab379a56af282ec1ba7b317b75f50e2e2e5cbdee6a9a5b5b",
      ])
  }

  @Test func describeRegionsWithSessionToken() throws {
    let signer = SigV4Signer(
      credentials: Self.credentials(token: "SESSIONTOKEN+/="), region: "us-east-1", service: "ec2")
    let url = try #require(Self.endpoint)
    let headers = signer.signHeaders(
      method: "POST", url: url, headers: ["Content-Type": Self.contentType.1], body: Self.body, date: Self.date)
    #expect(
      headers == [
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "X-Amz-Date": "20150830T123600Z",
        "X-Amz-Security-Token": "SESSIONTOKEN+/=",
        "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, "
          + "Signature=55d237210a55d311d6bbe82b117156ba586014b4175ecd626a58c45bc0de4591",
      ])
  }

  // MARK: - Presigned CopySnapshot URL

  /// The operation parameters in the order botocore serialised them.
  private static let copySnapshot: [SigV4Signer.Header] = [
    ("Action", "CopySnapshot"), ("Version", "2016-11-15"), ("SourceRegion", "us-west-2"),
    ("SourceSnapshotId", "snap-123"), ("DestinationRegion", "us-east-1"), ("Description", "a b"),
  ]

  private static let presignedWithoutToken =
    "https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&Version=2016-11-15&SourceRegion=us-west-2"
    + "&SourceSnapshotId=snap-123&DestinationRegion=us-east-1&Description=a%20b&X-Amz-Algorithm=AWS4-HMAC-SHA256"
    + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-west-2%2Fec2%2Faws4_request&X-Amz-Date=20150830T123600Z"
    + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
    + "&X-Amz-Signature=64e50dea0a23c9d2fc718b7d5e8218bb8d14d14ba6b2eaab6c11089180af9f60"

  private static let presignedWithToken =
    "https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&Version=2016-11-15&SourceRegion=us-west-2"
    + "&SourceSnapshotId=snap-123&DestinationRegion=us-east-1&Description=a%20b&X-Amz-Algorithm=AWS4-HMAC-SHA256"
    + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-west-2%2Fec2%2Faws4_request&X-Amz-Date=20150830T123600Z"
    + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=SESSIONTOKEN%2B%2F%3D"
    + "&X-Amz-Signature=96cb064c05652f3ce572ed3add655fa5d0ec0f09cca312da30dbda3bc6ceaa27"

  @Test(arguments: [
    (nil as String?, presignedWithoutToken),
    ("SESSIONTOKEN+/=", presignedWithToken),
  ])
  func presignedCopySnapshot(token: String?, expected: String) throws {
    let signer = SigV4Signer(credentials: Self.credentials(token: token), region: "us-west-2", service: "ec2")
    let url = try #require(URL(string: "https://ec2.us-west-2.amazonaws.com/"))
    let presigned = signer.presignURL(url: url, parameters: Self.copySnapshot, date: Self.date)
    #expect(presigned.absoluteString == expected)
  }

  @Test func presignCanonicalRequest() throws {
    let signer = SigV4Signer(credentials: Self.credentials(token: nil), region: "us-west-2", service: "ec2")
    let base = try #require(
      URL(string: "https://ec2.us-west-2.amazonaws.com/?" + URIEncoding.queryString(Self.copySnapshot)))
    let result = signer.querySigning(
      method: "GET", url: base, headers: [], body: Data(), expires: 3600, date: Self.date, options: .init())
    #expect(
      result.steps.canonicalRequest == """
        GET
        /
        Action=CopySnapshot&Description=a%20b&DestinationRegion=us-east-1&SourceRegion=us-west-2&SourceSnapshotId=snap-123&Version=2016-11-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-west-2%2Fec2%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host
        host:ec2.us-west-2.amazonaws.com

        host
        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        """)
    #expect(
      result.steps.stringToSign == """
        AWS4-HMAC-SHA256
        20150830T123600Z
        20150830/us-west-2/ec2/aws4_request
        1e39b6ef1d57014dc039e1c09ea9d6d4aa4c1905f33e791a1533c65520cd7a8b
        """)
  }
}
