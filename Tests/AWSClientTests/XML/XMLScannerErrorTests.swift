import AWSClient
import FerryCloud
import Foundation
import Testing

private func message(_ detail: String) -> String {
  "The answer to DescribeImages in us-east-1 is not valid XML (\(detail))"
}

/// The message `XMLTreeParser` gives for `bytes`, or `nil` when it parses them.
private func refusal(_ bytes: Data) -> AWSError? {
  do {
    _ = try XMLTreeParser.parse(bytes, context: "DescribeImages in us-east-1")
    return nil
  } catch {
    return error
  }
}

private let tooDeep = String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257)

// MARK: - Truncated and unclosed

@Test(arguments: [
  ("<a>", "line 1: the document ends inside <a>"),
  ("<a><b>x", "line 1: the document ends inside <b>"),
  ("<DescribeImagesResponse><imagesSet><item><imageId>ami-1</imageId>", "line 1: the document ends inside <item>"),
  ("<a></a", "line 1: the document ends inside <a>"),
  ("<a>\n<b></b", "line 2: the document ends inside <b>"),
  ("<a><", "line 1: the document ends inside <a>"),
  ("<", "line 1: the document ends inside a tag"),
  ("<a><!-", "line 1: the document ends inside a tag"),
  ("<a", "line 1: the document ends inside the tag <a>"),
  ("<a><b x='1", "line 1: the document ends inside the tag <b>"),
  ("<a><!-- x", "line 1: the document ends inside a comment"),
  ("<a><![CDATA[x]]", "line 1: the document ends inside a CDATA section"),
  ("<?xml version='1.0'", "line 1: the document ends inside the XML declaration"),
  ("  <!-- only a comment -->\n", "line 2: the document has no root element"),
])
func truncatedDocuments(text: String, detail: String) {
  #expect(refusal(Data(text.utf8))?.message == message(detail))
}

@Test func anEmptyAnswerSaysSo() {
  let error = refusal(Data())
  #expect(error?.kind == .invalidResponse)
  #expect(error?.code == "InvalidXML")
  #expect(error?.message == message("the response was empty"))
}

// MARK: - Tags

@Test(arguments: [
  ("<a><b></a>", "line 1: </a> does not close <b>"),
  ("<a>\n<b>\n</a>", "line 3: </a> does not close <b>"),
  ("<ab></a>", "line 1: </a> does not close <ab>"),
  ("<a></ab>", "line 1: </ab> does not close <a>"),
  ("<a></a x>", "line 1: an unexpected character in the end tag </a>"),
  ("<a x='1'y='2'/>", "line 1: an unexpected character in the tag <a>"),
  ("<a/ >", "line 1: an unexpected character in the tag <a>"),
  ("<1a/>", "line 1: '<' in text is not a tag (write &lt;)"),
  ("<a/><b/>", "line 1: a second root element"),
  ("</a>", "line 1: an end tag outside the root element"),
  (tooDeep, "line 1: elements nest deeper than 256 levels"),
])
func malformedTags(text: String, detail: String) {
  #expect(refusal(Data(text.utf8))?.message == message(detail))
}

@Test(arguments: [
  ("<a x='1' x='2'/>", "line 1: the attribute x appears twice in <a>"),
  ("<a x='<'/>", "line 1: '<' in the value of x in <a>"),
  ("<a x=1/>", "line 1: the value of x in <a> is not in quotes"),
  ("<a x/>", "line 1: the attribute x in <a> has no value"),
  ("<a x='&y;'/>", "line 1: the entity &y; is not defined"),
])
func malformedAttributes(text: String, detail: String) {
  #expect(refusal(Data(text.utf8))?.message == message(detail))
}

@Test func aTagOfManyAttributesStillFindsTheOneWrittenTwice() {
  let attributes = (0..<40).map { "a\($0)='\($0)'" }.joined(separator: " ")
  #expect(refusal(Data("<r \(attributes)/>".utf8)) == nil)
  #expect(
    refusal(Data("<r \(attributes) a33='x'/>".utf8))?.message
      == message("line 1: the attribute a33 appears twice in <r>"))
}

// MARK: - Text, references, comments

@Test(arguments: [
  ("<a>x < y</a>", "line 1: '<' in text is not a tag (write &lt;)"),
  ("<a>x & y</a>", "line 1: '&' not followed by an entity reference (write &amp;)"),
  ("<a>AT&T</a>", "line 1: '&' not followed by an entity reference (write &amp;)"),
  ("<a>&nbsp;</a>", "line 1: the entity &nbsp; is not defined"),
  ("<a>&AMP;</a>", "line 1: the entity &AMP; is not defined"),
  ("<a>&#0;</a>", "line 1: &#0; is not a character XML allows"),
  ("<a>&#xD800;</a>", "line 1: &#xD800; is not a character XML allows"),
  ("<a>&#xFFFE;</a>", "line 1: &#xFFFE; is not a character XML allows"),
  ("<a>&#x110000;</a>", "line 1: &#x110000; is not a character XML allows"),
  ("<a>&#99999999999999999999;</a>", "line 1: &#99999999999999999999; is not a character XML allows"),
  ("<a>&#65</a>", "line 1: a malformed character reference"),
  ("<a>&#xG;</a>", "line 1: a malformed character reference"),
  ("<a>&#X41;</a>", "line 1: a malformed character reference"),
  ("<a>]]></a>", "line 1: ']]>' in text"),
  ("<a><!-- a -- b --></a>", "line 1: '--' inside a comment"),
  ("<a><!-- a ---></a>", "line 1: '--' inside a comment"),
  ("<a>\u{1}</a>", "line 1: the character U+0001 is not allowed in XML"),
  ("<a>\n\n\u{0}</a>", "line 3: the character U+0000 is not allowed in XML"),
  ("<a>\u{FFFF}</a>", "line 1: the character U+FFFF is not allowed in XML"),
])
func malformedText(text: String, detail: String) {
  #expect(refusal(Data(text.utf8))?.message == message(detail))
}

// MARK: - Around the root

@Test(arguments: [
  ("not xml at all", "line 1: text before the root element"),
  ("x<a/>", "line 1: text before the root element"),
  ("<a/>x", "line 1: text after the root element"),
  ("<a/>&amp;", "line 1: text after the root element"),
  ("<![CDATA[x]]><a/>", "line 1: a CDATA section outside the root element"),
  (
    "<?xml version='1.0' encoding='ISO-8859-1'?><a/>",
    "line 1: the XML declaration names the encoding ISO-8859-1, not UTF-8"
  ),
  ("<?xml encoding='UTF-8'?><a/>", "line 1: the XML declaration is malformed"),
  ("<?xml version='2.0'?><a/>", "line 1: the XML declaration is malformed"),
  ("<?xml version='1.0' standalone='yes' encoding='UTF-8'?><a/>", "line 1: the XML declaration is malformed"),
  ("<?xml version='1.0'encoding='UTF-8'?><a/>", "line 1: the XML declaration is malformed"),
  ("<?xml version='1.0' encoding='\n'?><a/>", "line 1: the XML declaration is malformed"),
])
func malformedProlog(text: String, detail: String) {
  #expect(refusal(Data(text.utf8))?.message == message(detail))
}

@Test(arguments: [
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>",
  "<?xml version='1.0' encoding='utf8' standalone='no' ?>\n<a/>",
  "<?xml version=\"1.1\"?><a/>",
  "\u{FEFF}<a/>",
  "<!-- before --> <a/> <!-- after -->\n",
])
func prologsAWSMaySend(text: String) {
  #expect(refusal(Data(text.utf8)) == nil)
}

// MARK: - What AWS never sends

@Test(arguments: [
  ("<a/><?pi x?>", "a processing instruction"),
  (" <?xml version='1.0'?><a/>", "a processing instruction"),
  ("<a><!DOCTYPE a></a>", "a document type declaration"),
  ("<!doctype a><a/>", "a document type declaration"),
  ("<a><!-x></a>", "a document type declaration"),
])
func markupOutsideTheSubsetIsRefused(text: String, construct: String) {
  #expect(refusal(Data(text.utf8))?.message == message("it contains \(construct), which AWS never sends"))
}

@Test func markupInsideCommentsAndCDATAIsText() throws {
  let text = "<a><!-- <?pi?> <!DOCTYPE x> --><b><![CDATA[<?pi?><!DOCTYPE x>]]></b></a>"
  let root = try XMLTreeParser.parse(Data(text.utf8), context: "t").root
  #expect(root.string("b") == "<?pi?><!DOCTYPE x>")
}
