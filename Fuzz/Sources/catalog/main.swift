import FerryRules
import Foundation
import FuzzSupport

/// Fuzz target: the zones and Outposts catalogs (the AWS CLI's `describe-availability-zones` and
/// `list-outposts` JSON), then plans that send a copy to the first zone and Outpost they name.
func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzInput(data, size).bytes
  var catalog = Catalog()
  if let zones = try? Catalog.parseZones(bytes) { catalog.zones = zones }
  if let outposts = try? Catalog.parseOutposts(bytes) {
    for outpost in outposts {
      invariant(outpost.arn.hasPrefix("arn:"), "Outpost \(outpost.id) from a non-ARN '\(outpost.arn)'")
      invariant(!outpost.region.isEmpty && !outpost.id.isEmpty, "an Outpost without a Region or id")
    }
    catalog.outposts = outposts
  }
  guard !catalog.zones.isEmpty || !catalog.outposts.isEmpty else { return 0 }

  var destinations: [String] = []
  if let zone = catalog.zones.first {
    destinations.append(#""localZone": \#(quoted(zone.name))"#)
    destinations.append(#""localZoneId": \#(quoted(zone.id))"#)
  }
  if let outpost = catalog.outposts.first { destinations.append(#""outpostArn": \#(quoted(outpost.arn))"#) }
  for destination in destinations {
    let document = """
      {"resource": "snapshot", "source": {"id": "snap-0123456789abcdef0", "region": "us-east-1"},
       "destination": {\(destination)}}
      """
    // The document is built from strings the catalog accepted, so it always parses.
    guard let request = try? CopyRequest.parse(json: Array(document.utf8)) else {
      invariant(false, "a request naming a catalog entry did not parse: \(document)")
      return 0
    }
    let plan = plan(request, catalog: catalog)
    invariant(plan.valid == (plan.call != nil), "valid is \(plan.valid) but call is \(String(describing: plan.call))")
    _ = PlanReport.json([plan], asArray: false)
  }
  return 0
}

/// `text` as a JSON string literal.
func quoted(_ text: String) -> String {
  JSONValue.string(text).prettyText
}

exit(runFuzzer(fuzzCatalog))
