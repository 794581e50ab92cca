import Foundation
import AWSClient
import FerryCloud
import FerryRules
import FuzzSupport

/// Fuzz target: an EC2 or STS answer (XML) through the tree parser, every decoder the real account
/// uses (DescribeImages, DescribeSnapshots, DescribeRegions, DescribeAvailabilityZones, the copy and
/// delete results, GetCallerIdentity) and the error envelope reader.
func fuzzXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  if let envelope = ErrorEnvelope.fromXML(input.data) {
    invariant(!envelope.code.isEmpty, "an error envelope without a code")
  }
  let tree: XMLTree
  do {
    tree = try XMLTreeParser.parse(input.data, context: "Fuzz in us-east-1")
  } catch {
    invariant(error.kind == .invalidResponse, "a parse failure of kind \(error.kind)")
    return 0
  }
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

exit(runFuzzer(fuzzXML))
