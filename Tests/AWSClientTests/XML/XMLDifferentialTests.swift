import AWSClient
import Foundation
import Testing

// `XMLTreeParser` against Foundation's `XMLParser` (libxml2), which it replaced: on every recorded
// answer, on generated documents and on the xml fuzz target's corpus, the trees must be equal.

private let fixtureNames =
  ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.path)) ?? [])
  .filter { $0.hasSuffix(".xml") }.sorted()

private let corpusDirectory = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus/xml")

private func ours(_ data: Data) -> XMLShape? {
  (try? XMLTreeParser.parse(data, context: "test")).map { XMLShape($0.root) }
}

// MARK: - Recorded answers

@Test func theFixturesAreFound() {
  #expect(fixtureNames.count >= 9)
  #expect(fixtureNames.contains("moto-describe-images.xml"))
}

@Test(arguments: fixtureNames)
func fixturesParseAsFoundationXMLParsesThem(name: String) throws {
  let data = try Fixtures.data(name)
  let reference = try #require(FoundationXMLReference.parse(data))
  #expect(XMLShape(try XMLTreeParser.parse(data, context: name).root) == reference)
}

// MARK: - Generated documents

@Test func generatedDocumentsParseAsFoundationXMLParsesThem() throws {
  var features: [String: Int] = [:]
  for seed in UInt64(0)..<400 {
    var generator = XMLDocumentGenerator(seed: seed)
    let text = generator.document()
    let data = Data(text.utf8)
    let reference = FoundationXMLReference.parse(data)
    #expect(reference != nil, "FoundationXML refused seed \(seed): \(text.debugDescription)")
    #expect(ours(data) == reference, "seed \(seed): \(text.debugDescription)")
    for feature in ["<![CDATA[", "&#x1F600;", "&amp;", "\r\n", "<!--", "/>", "ec2:", "='", "=\"", "<?xml", "\u{FEFF}"]
    where text.contains(feature) {
      features[feature, default: 0] += 1
    }
  }
  // The generator must keep producing what the comparison is for.
  #expect(features.count == 11 && features.values.allSatisfy { $0 >= 20 }, "\(features)")
}

@Test func mixedContentKeepsOnlyTheChildren() throws {
  let text = "<r>text<a>1</a>more<!-- c --><b/>&amp;<![CDATA[x]]></r>"
  let expected = XMLShape(name: "r", children: [XMLShape(name: "a", text: "1"), XMLShape(name: "b")])
  #expect(ours(Data(text.utf8)) == expected)
  #expect(FoundationXMLReference.parse(Data(text.utf8)) == expected)
}

// MARK: - The fuzz corpus

@Test func theFuzzCorpusParsesAsFoundationXMLParsesIt() throws {
  let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)
  #expect(files.count > 100)
  var accepted = 0
  for file in files {
    let data = try Data(contentsOf: corpusDirectory.appendingPathComponent(file))
    // Only what ferry accepts goes to FoundationXML: that excludes the inputs that crash it.
    guard let tree = ours(data) else { continue }
    accepted += 1
    let reference = FoundationXMLReference.parse(data)
    if data.contains(0x0D), String(decoding: data, as: UTF8.self).contains("<![CDATA[") {
      // Line ends inside CDATA are a known difference (see intentionalDifferences); names still agree.
      #expect(reference?.name == tree.name, "\(file)")
    } else {
      #expect(reference == tree, "\(file)")
    }
  }
  // Most of the corpus is broken on purpose; what parses must still be a fair sample.
  #expect(accepted >= 15)
}

// MARK: - Intentional differences (docs/fuzzing.md)

@Test(arguments: [
  // AWS never sends these; a DTD could also define entities.
  "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
  "<a/><?pi x?>",
  // The scanner bounds nesting; libxml2 here reads deeper.
  String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257),
  // AWS answers in UTF-8; libxml2 would transcode.
  "<?xml version='1.0' encoding='ISO-8859-1'?><a>x</a>",
])
func documentsOnlyFoundationXMLAccepts(text: String) {
  #expect(FoundationXMLReference.parse(Data(text.utf8)) != nil)
  #expect(ours(Data(text.utf8)) == nil)
}

@Test(arguments: [
  // A namespace prefix nobody declared, and a relative namespace URI: ferry keeps names as written.
  ("<p:a><p:b>1</p:b></p:a>", XMLShape(name: "p:a", children: [XMLShape(name: "p:b", text: "1")])),
  ("<a xmlns='not/absolute'>x</a>", XMLShape(name: "a", text: "x")),
])
func namespaceErrorsAreNotXMLErrors(text: String, shape: XMLShape) {
  #expect(ours(Data(text.utf8)) == shape)
  #expect(FoundationXMLReference.parse(Data(text.utf8)) == shape)
}

@Test(arguments: [
  "<a><b></a>", "<a>x</a>\u{0}", "<GedentetiRyson?se2>d1234567-9arb0tet</Error>",
])
func documentsLibxml2RecoversFromAreRefusedByBoth(text: String) {
  #expect(ours(Data(text.utf8)) == nil)
  #expect(FoundationXMLReference.parse(Data(text.utf8)) == nil)
}

@Test func lineEndsInCDATAAreNormalisedAsXMLSays() {
  // XML 1.0 section 2.11 normalises line ends before parsing; libxml2 leaves them in CDATA.
  let data = Data("<a><![CDATA[x\r\ny\rz]]></a>".utf8)
  #expect(ours(data) == XMLShape(name: "a", text: "x\ny\nz"))
  #expect(FoundationXMLReference.parse(data) == XMLShape(name: "a", text: "x\r\ny\rz"))
}
