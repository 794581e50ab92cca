import Foundation
import Testing

/// Text another account wrote reaches the operator's terminal escaped, and scripts' JSON unchanged (issue 15).
///
/// The real binary against a loopback EC2 that answers DescribeImages with a hostile image: a name holding
/// U+009B (CSI on terminals that honour C1 controls) and U+202E (right-to-left override), a tag value with
/// U+202E; and an EC2 error whose message holds an escape sequence.
@Suite(.serialized) struct UntrustedTextTests {
  private let home = FerryRun.Home()

  static let hostileName = "web\u{9B}2J-\u{202E}gnp.exe"

  /// The name as raw UTF-8 in the XML, the tag value as a character reference: both reach ferry as the scalars.
  static let describeImages = """
    <?xml version="1.0" encoding="UTF-8"?>
    <DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <requestId>req-1</requestId>
      <imagesSet><item>
        <imageId>ami-0123456789abcdef0</imageId><imageState>available</imageState>
        <imageOwnerId>123456789012</imageOwnerId><isPublic>true</isPublic>
        <name>\(hostileName)</name><rootDeviceType>ebs</rootDeviceType>
        <tagSet><item><key>team</key><value>ops&#x202E;txt</value></item></tagSet>
      </item></imagesSet>
    </DescribeImagesResponse>
    """

  static let refusal = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Response><Errors><Error><Code>InvalidParameterValue</Code>
    <Message>Value (\u{9B}2J\u{202E}gnp) for parameter owner is invalid</Message>
    </Error></Errors><RequestID>req-2</RequestID></Response>
    """

  private func run(_ arguments: [String]) throws -> FerryRun {
    let server = try LoopbackHTTPServer { request in
      if request.bodyText.contains("Action=DescribeImages") {
        return .init(body: Self.describeImages, headers: ["Content-Type": "text/xml;charset=UTF-8"])
      }
      return .init(status: 400, body: Self.refusal, headers: ["Content-Type": "text/xml;charset=UTF-8"])
    }
    defer { server.stop() }
    return try FerryRun.run(
      arguments + ["--region", "us-east-1", "--endpoint-url", server.baseURL], home: home,
      environment: [
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_MAX_ATTEMPTS": "1",
      ])
  }

  @Test func aHostileNameIsShownEscapedInText() throws {
    let listed = try run(["list", "images", "--output", "text"])
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("web\\u009b2J-\\u202egnp.exe"), "\(listed.stdout)")
    #expect(!listed.stdout.unicodeScalars.contains { $0 == "\u{9B}" || $0 == "\u{202E}" })
  }

  @Test func jsonStaysValidAndExact() throws {
    let listed = try run(["list", "images", "--output", "json"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let images = try #require(listed.json as? [[String: Any]])
    #expect(images.first?["name"] as? String == Self.hostileName)
    #expect(!listed.stdout.unicodeScalars.contains { $0 == "\u{9B}" || $0 == "\u{202E}" })
  }

  /// EC2's own words, quoted in ferry's error line, cannot clear the screen or reorder the line. (XML cannot
  /// carry C0 controls such as ESC at all; C1 controls and bidi characters it can.)
  @Test func anErrorQuotingEC2IsShownEscaped() throws {
    let refused = try run(["list", "snapshots"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("Value (\\u009b2J\\u202egnp)"), "\(refused.stderr)")
    #expect(!refused.stderr.unicodeScalars.contains { $0 == "\u{9B}" || $0 == "\u{202E}" })
  }
}
