import FerryRules
import Testing

/// One route and the verdict the seed gives it: `rule == nil` means supported outright.
private struct RouteCase: CustomTestStringConvertible, Sendable {
  var label: String
  var from: Location
  var to: Location
  var rule: String?
  var severity: Finding.Severity?
  var field: String?
  var testDescription: String { label }
}

private let bos = Fixture.zone("us-east-1-bos-1a")
private let mia = Fixture.zone("us-east-1-mia-1a")
private let laxA = Fixture.zone("us-west-2-lax-1a")
private let laxB = Fixture.zone("us-west-2-lax-1b")
private let den = Fixture.zone("us-west-2-den-1a")
private let east = Fixture.outpost(Fixture.eastOutpost)
private let west = Fixture.outpost(Fixture.westOutpost)

private func ok(_ label: String, _ from: Location, _ to: Location) -> RouteCase {
  RouteCase(label: label, from: from, to: to)
}

private func no(_ label: String, _ from: Location, _ to: Location, _ rule: String, field: String = "destination")
  -> RouteCase
{
  RouteCase(label: label, from: from, to: to, rule: rule, severity: .error, field: field)
}

// MARK: - CopyImage

private let imageRoutes: [RouteCase] = [
  ok("Region to Region", .region("us-east-1"), .region("eu-west-1")),
  ok("Region to the same Region", .region("us-east-1"), .region("us-east-1")),
  ok("Region to its Outpost", .region("us-east-1"), .outpost(east)),
  no("Region to another Region's Outpost", .region("us-east-1"), .outpost(west), "region-to-outpost-other-region"),
  ok("parent Region to Local Zone", .region("us-east-1"), .localZone(bos)),
  no("non-parent Region to Local Zone", .region("eu-west-1"), .localZone(bos), "region-to-local-zone-other-region"),
  ok("Local Zone to parent Region", .localZone(bos), .region("us-east-1")),
  no("Local Zone to non-parent Region", .localZone(bos), .region("eu-west-1"), "local-zone-to-non-parent-region"),
  RouteCase(
    label: "between Local Zones with the same parent", from: .localZone(bos), to: .localZone(mia),
    rule: "local-zone-to-local-zone", severity: .warning, field: "destination"),
  no(
    "between Local Zones with different parents", .localZone(bos), .localZone(laxA),
    "local-zone-to-local-zone-other-parent"),
  no(
    "within one Local Zone (seed silent: cautious)", .localZone(bos), .localZone(bos), "local-zone-to-same-local-zone"),
  no("Local Zone to Outpost", .localZone(bos), .outpost(east), "local-zone-to-outpost"),
  no("Outpost to Local Zone", .outpost(east), .localZone(bos), "outpost-to-local-zone", field: "source"),
  no("Outpost to Region", .outpost(east), .region("us-east-1"), "outpost-to-region", field: "source"),
  no("between Outposts", .outpost(east), .outpost(west), "outpost-to-outpost", field: "source"),
  no("within the same Outpost", .outpost(east), .outpost(east), "outpost-to-same-outpost", field: "source"),
  no("cross-partition", .region("us-east-1"), .region("cn-north-1"), "cross-partition"),
  no("cross-partition to GovCloud", .region("us-east-1"), .region("us-gov-west-1"), "cross-partition"),
  no("cross-partition from a Local Zone", .localZone(bos), .region("cn-north-1"), "cross-partition"),
]

// MARK: - CopySnapshot

private let snapshotRoutes: [RouteCase] = [
  ok("within a Region", .region("us-east-1"), .region("us-east-1")),
  ok("Region to Region", .region("us-east-1"), .region("eu-west-1")),
  ok("Region to its Outpost", .region("us-west-2"), .outpost(west)),
  no("Region to another Region's Outpost", .region("us-west-2"), .outpost(east), "region-to-outpost-other-region"),
  ok("Region to its Local Zone", .region("us-west-2"), .localZone(laxA)),
  no(
    "Region to another Region's Local Zone", .region("us-east-1"), .localZone(laxA), "region-to-local-zone-other-region"
  ),
  ok("within a Local Zone", .localZone(laxA), .localZone(laxA)),
  ok("Local Zone to the same zone group", .localZone(laxA), .localZone(laxB)),
  no("Local Zone to another zone group", .localZone(laxA), .localZone(den), "local-zone-to-other-zone-group"),
  no("Local Zone to another parent's zone", .localZone(laxA), .localZone(bos), "local-zone-to-other-zone-group"),
  ok("Local Zone to parent Region", .localZone(laxA), .region("us-west-2")),
  no("Local Zone to non-parent Region", .localZone(laxA), .region("us-east-1"), "local-zone-to-non-parent-region"),
  no("Local Zone to Outpost", .localZone(laxA), .outpost(west), "local-zone-to-outpost"),
  no("Outpost to Region", .outpost(west), .region("us-west-2"), "outpost-to-region", field: "source"),
  no("Outpost to Local Zone", .outpost(west), .localZone(laxA), "outpost-to-local-zone", field: "source"),
  no("Outpost to Outpost", .outpost(west), .outpost(east), "outpost-to-outpost", field: "source"),
  no("within the same Outpost", .outpost(west), .outpost(west), "outpost-to-same-outpost", field: "source"),
  no("cross-partition", .region("cn-north-1"), .region("us-east-1"), "cross-partition"),
]

@Suite struct RoutesTests {
  @Test(arguments: imageRoutes)
  fileprivate func image(_ route: RouteCase) {
    expectVerdict(.image, route)
  }

  @Test(arguments: snapshotRoutes)
  fileprivate func snapshot(_ route: RouteCase) {
    expectVerdict(.snapshot, route)
  }

  private func expectVerdict(_ resource: Resource, _ route: RouteCase) {
    let findings = Routes.check(resource, from: route.from, to: route.to)
    #expect(findings.map(\.rule) == (route.rule.map { [$0] } ?? []))
    #expect(findings.first?.severity == route.severity)
    #expect(findings.first?.field == route.field)
    switch Routes.verdict(resource, from: route.from, to: route.to) {
    case .supported: #expect(route.rule == nil)
    case .conditional(let finding): #expect(finding.severity == .warning && finding.rule == route.rule)
    case .unsupported(let finding): #expect(finding.severity == .error && finding.rule == route.rule)
    }
  }

  @Test func crossPartitionPointsAtCreateStoreImageTaskForAMIs() {
    let verdict = Routes.verdict(.image, from: .region("us-east-1"), to: .region("cn-north-1"))
    #expect(verdict.reason?.contains("CreateStoreImageTask") == true)
    #expect(Routes.verdict(.image, from: .region("us-east-1"), to: .region("eu-west-1")).reason == nil)
  }

  @Test func localZoneToLocalZoneWarningQuotesTheSeed() {
    let findings = Routes.check(.image, from: .localZone(bos), to: .localZone(mia))
    #expect(
      findings.first?.message.hasPrefix(
        "Copies between Local Zones with the same parent Region are supported only for certain Local Zones") == true)
  }
}
