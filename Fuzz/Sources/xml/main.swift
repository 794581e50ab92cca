import AWSClient
import FerryCloud
import FerryRules
import Foundation
import FuzzSupport

/// Fuzz target: an EC2 or STS answer (XML) through the tree parser, every decoder the real account
/// uses (DescribeImages, DescribeSnapshots, DescribeRegions, DescribeAvailabilityZones, the copy and
/// delete results, GetCallerIdentity) and the error envelope reader; and the tree parser against
/// FoundationXML's `XMLParser` on the same bytes (`compareWithFoundationXML`).
func fuzzXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  if let envelope = ErrorEnvelope.fromXML(input.data) {
    invariant(!envelope.code.isEmpty, "an error envelope without a code")
  }
  let tree: XMLTree
  do {
    tree = try XMLTreeParser.parse(input.data, context: "Fuzz in us-east-1")
  } catch {
    invariant(
      error.kind == .invalidResponse && error.code == "InvalidXML", "a parse failure \(error.kind) \(error.code)")
    invariant(error.message.hasPrefix("The answer to Fuzz in us-east-1 is not valid XML ("), "message \(error.message)")
    compareWithFoundationXML(input, refusal: error.message)
    return 0
  }
  compareWithFoundationXML(input, tree: tree)
  let root = tree.root
  invariant(root.descendants(named: root.name).first?.name == root.name, "the root is not its own descendant")

  if let page = try? ImageDecoder.page(root, region: "us-east-1") {
    invariant(page.nextToken?.isEmpty != true, "an empty next token kept")
    for image in page.items {
      invariant(!image.id.isEmpty && image.region == "us-east-1", "image '\(image.id)' in \(image.region)")
      _ = (image.localZoneName, image.outpostArn, image.isEncrypted)
    }
  }
  if let page = try? SnapshotDecoder.page(root, region: "us-east-1") {
    invariant(page.nextToken?.isEmpty != true, "an empty next token kept")
    for snapshot in page.items {
      invariant(!snapshot.id.isEmpty, "a snapshot without an id")
    }
  }
  if let regions = try? PlacesDecoder.regions(root) {
    invariant(regions.allSatisfy { !$0.name.isEmpty }, "a Region without a name")
  }
  if let zones = try? PlacesDecoder.zones(root) {
    invariant(zones.allSatisfy { !$0.name.isEmpty }, "a zone without a name")
    _ = Catalog(zones: zones)
  }
  if let outcome = try? ResultDecoder.copy(root, idElement: "imageId", operation: "CopyImage") {
    invariant(!outcome.resourceId.isEmpty, "a copy without a new id")
  }
  _ = try? ResultDecoder.acknowledged(root, operation: "DeleteSnapshot")
  if let account = try? ResultDecoder.callerAccount(root) {
    invariant(!account.isEmpty, "an empty account id")
  }
  return 0
}

/// Checks the tree parser against FoundationXML on the same bytes.
///
/// Where ferry accepts, FoundationXML must accept too and build the same tree; where ferry refuses
/// what FoundationXML accepts, the refusal must be one of the intended ones (docs/fuzzing.md):
/// nesting past 256 levels, or an encoding other than UTF-8. FoundationXML "accepts" when libxml2
/// reports no error but namespace ones and warnings (`FoundationXMLReference.nonFatal`): it recovers
/// from many errors and still answers true. Inputs it cannot take safely are skipped.
///
/// FoundationXML leaks a little per document (a 10-minute run of it alone grew past 2 GB), so only one
/// input in `FERRY_FUZZ_XML_EVERY` (8 unless set), chosen by a hash of its bytes, is compared.
func compareWithFoundationXML(_ input: FuzzInput, tree: XMLTree? = nil, refusal: String? = nil) {
  guard sampled(input.bytes), FoundationXMLReference.canParse(input.bytes) else { return }
  let reference = FoundationXMLReference.parse(input.data)
  guard let tree else {
    guard reference != nil, let refusal else { return }
    let intended = ["elements nest deeper than", "the XML declaration names the encoding"]
    invariant(intended.contains { refusal.contains($0) }, "refused what FoundationXML reads: \(refusal)")
    return
  }
  invariant(reference != nil, "read what FoundationXML refuses")
  // XML normalises line ends inside CDATA too (section 2.11); libxml2 leaves them: compare names only.
  let keepsLineEnds = input.bytes.contains(0x0D) && input.text.contains("<![CDATA[")
  invariant(
    keepsLineEnds ? reference?.name == tree.root.name : reference == shape(tree.root),
    "a tree unlike FoundationXML's")
}

private let comparedEvery = max(1, Int(ProcessInfo.processInfo.environment["FERRY_FUZZ_XML_EVERY"] ?? "") ?? 8)

/// FNV-1a over the bytes: the same input is always compared, or never.
func sampled(_ bytes: [UInt8]) -> Bool {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  return hash % UInt64(comparedEvery) == 0
}

func shape(_ element: AWSClient.XMLElement) -> XMLShape {
  XMLShape(name: element.name, text: element.text, children: element.children.map(shape))
}

exit(runFuzzer(fuzzXML))
