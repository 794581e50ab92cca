import AWSClient
import FerryCloud
import FerryRules
import Foundation
import Testing

// MARK: - Malformed and truncated documents

@Test(arguments: [
  "",
  "<DescribeImagesResponse><imagesSet><item><imageId>ami-1</imageId>",
  "<a><b></a>",
  "not xml at all",
  "<a>&undefined;</a>",
])
func brokenDocumentsAreInvalidResponses(text: String) {
  do {
    _ = try XMLTreeParser.parse(Data(text.utf8), context: "DescribeImages in us-east-1")
    Issue.record("parsed \(text)")
  } catch {
    #expect(error.kind == .invalidResponse)
    #expect(error.code == "InvalidXML")
    #expect(error.message.hasPrefix("The answer to DescribeImages in us-east-1 is not valid XML ("))
  }
}

// Found by the xml fuzz target (Fuzz/) when FoundationXML did the parsing: a byte that is not UTF-8
// inside an element name made it trap instead of failing the parse. Any such body is refused.
@Test(arguments: [
  [UInt8]("<a".utf8) + [0xDA] + [UInt8]("r/>".utf8),
  [UInt8]("<Response><Errors><Erro".utf8) + [0xDA] + [UInt8]("r><Code>X</Code></Error></Errors></Response>".utf8),
  [UInt8]("<a>".utf8) + [0xFF] + [UInt8]("</a>".utf8),
])
func bytesThatAreNotUTF8AreInvalidResponses(bytes: [UInt8]) {
  do {
    _ = try XMLTreeParser.parse(Data(bytes), context: "DescribeImages in us-east-1")
    Issue.record("parsed \(bytes)")
  } catch {
    #expect(error.kind == .invalidResponse)
    #expect(error.code == "InvalidXML")
    #expect(error.message == "The answer to DescribeImages in us-east-1 is not valid XML (it is not UTF-8 text)")
  }
  #expect(ErrorEnvelope.fromXML(Data(bytes)) == nil)
}

// Found by the xml fuzz target (Fuzz/) when FoundationXML did the parsing: it read a null pointer on
// a processing instruction without data. DTDs are refused too: AWS never sends one, and they expand
// entities. XMLScannerErrorTests has the other constructs.
@Test(arguments: [
  ("<?REspons?>", "a processing instruction"),
  ("<a><?pi?></a>", "a processing instruction"),
  ("<?xml-stylesheet?><a/>", "a processing instruction"),
  ("<?xml version=\"1.0\"?><?x y?><a/>", "a processing instruction"),
  ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "a document type declaration"),
  ("<a><!ELEMENT a ANY></a>", "a document type declaration"),
])
func markupAWSNeverSendsIsRefused(text: String, construct: String) {
  do {
    _ = try XMLTreeParser.parse(Data(text.utf8), context: "DescribeImages in us-east-1")
    Issue.record("parsed \(text)")
  } catch {
    #expect(error.code == "InvalidXML")
    #expect(
      error.message
        == "The answer to DescribeImages in us-east-1 is not valid XML (it contains \(construct), which AWS never sends)"
    )
  }
}

@Test func declarationCommentsAndCDATAAreRead() throws {
  let text = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><!-- note --><b><![CDATA[x < y]]></b></a>"
  let tree = try XMLTreeParser.parse(Data(text.utf8), context: "DescribeImages")
  #expect(tree.root.name == "a")
  #expect(tree.root.string("b") == "x < y")
}

@Test func aTruncatedRecordedAnswerFailsCleanly() throws {
  let full = try Fixtures.data("moto-describe-regions.xml")
  for cut in [10, full.count / 2, full.count - 5] {
    #expect(throws: AWSError.self) { try XMLTreeParser.parse(full.prefix(cut), context: "DescribeRegions") }
  }
}

// MARK: - Tree

@Test func leafTextEntitiesAndCDATA() throws {
  let xml = "<r><a>x &amp; y</a><b><![CDATA[<raw>]]></b><c><d>1</d><d>2</d></c><e/></r>"
  let root = try XMLTreeParser.parse(Data(xml.utf8), context: "t").root
  #expect(root.name == "r")
  #expect(root.string("a") == "x & y")
  #expect(root.string("b") == "<raw>")
  #expect(root.child("c")?.children.map(\.text) == ["1", "2"])
  #expect(root.string("e") == "")
  #expect(root.string("missing") == nil)
  #expect(root.descendants(named: "d").count == 2)
}

@Test func fiftyThousandItemsKeepEveryValue() throws {
  var body = """
    <?xml version="1.0" encoding="UTF-8"?>
    <DescribeSnapshotsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <snapshotSet>

    """
  for index in 0..<50_000 {
    body += """
          <item><snapshotId>snap-\(index)</snapshotId><description>copy &amp; \(index) <![CDATA[<n>]]></description>\
      <status>completed</status><progress>\(index % 101)%</progress><encrypted/><tagSet>
            <item><key>n</key><value>\(index)</value></item>
          </tagSet></item>

      """
  }
  body += "  </snapshotSet>\n  <nextToken/>\n</DescribeSnapshotsResponse>\n"
  let root = try XMLTreeParser.parse(Data(body.utf8), context: "DescribeSnapshots").root
  let items = root.items("snapshotSet")
  #expect(items.count == 50_000)
  for (index, item) in items.enumerated() {
    let fields = item.children.map { "\($0.name)=\($0.text)" }
    let expected = [
      "snapshotId=snap-\(index)", "description=copy & \(index) <n>", "status=completed", "progress=\(index % 101)%",
      "encrypted=", "tagSet=",
    ]
    guard fields == expected, item.path("tagSet", "item", "value")?.text == "\(index)" else {
      Issue.record("item \(index): \(fields)")
      break
    }
  }
  let page = try SnapshotDecoder.page(root, region: "us-east-1")
  #expect(page.items.count == 50_000)
  #expect(page.items.last?.tags == [Tag(key: "n", value: "49999")])
  #expect(page.nextToken == nil)
}

// MARK: - Speed

@Test func fiveThousandImagesDecodeQuickly() throws {
  let item = String(decoding: try Fixtures.data("moto-describe-images.xml"), as: UTF8.self)
  guard let start = item.range(of: "<item><blockDeviceMapping>"), let end = item.range(of: "</imagesSet>") else {
    Issue.record("fixture shape changed")
    return
  }
  let one = String(item[start.lowerBound..<end.lowerBound])
  let body =
    "<DescribeImagesResponse><imagesSet>" + String(repeating: one, count: 5000)
    + "</imagesSet></DescribeImagesResponse>"
  let clock = ContinuousClock()
  var count = 0
  let elapsed = try clock.measure {
    count = try ImageDecoder.page(try XMLTreeParser.parse(Data(body.utf8), context: "t").root, region: "r").items.count
  }
  #expect(count == 5000)
  // botocore takes 0.34 s for moto's 3.4 MB answer; a debug build must stay well inside 5 s.
  #expect(elapsed < .seconds(5))
}
