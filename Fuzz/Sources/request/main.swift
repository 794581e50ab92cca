import FerryRules
import Foundation
import FuzzSupport

/// What every input is planned against, read once.
enum Fixtures {
  /// The catalog of the shared plan cases.
  static let catalog: Catalog? = try? Catalog.parse(
    zonesJSON: repositoryFile("Tests/FerryRulesTests/Fixtures/zones.json"),
    outpostsJSON: repositoryFile("Tests/FerryRulesTests/Fixtures/outposts.json"))
}

/// Fuzz target: a copy request document through the strict JSON reader, the request parser, the
/// planner and `ferry plan`'s JSON report.
func fuzzRequest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzInput(data, size).bytes
  guard let catalog = Fixtures.catalog else {
    invariant(false, "the shared catalogs no longer parse")
    return 0
  }
  if let value = try? JSONReader().read(bytes) { checkJSONRoundTrip(value) }
  do {
    let request = try CopyRequest.parse(json: bytes)
    let plans = planAll(request, catalog: catalog)
    invariant(!plans.isEmpty, "a request planned to nothing")
    for plan in plans {
      invariant(plan.valid == (plan.call != nil), "valid is \(plan.valid) but call is \(String(describing: plan.call))")
      invariant(plan.valid || plan.findings.contains { $0.severity == .error }, "invalid without an error")
      _ = PlanReport.text(plan)
    }
    let report = PlanReport.json(plans, asArray: plans.count > 1)
    invariant((try? JSONReader(maxBytes: Int.max).read(Array(report.utf8))) != nil, "the plan report is not JSON")
  } catch {
    invariant(!error.description.isEmpty, "an error without a message")
  }
  return 0
}

exit(runFuzzer(fuzzRequest))
