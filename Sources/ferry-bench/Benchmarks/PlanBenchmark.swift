import FerryCloud
import FerryRules
import Sandbox

/// `plan()` on a request with 100 tags, the call the TUI makes on every keystroke of the options form.
///
/// The catalog is the sandbox account's (every Region, Availability Zone, Local Zone and Outpost it
/// has), loaded once through `AWSAccount` as the TUI loads it. Two requests: 50 image and 50 snapshot
/// tags (the most a valid request carries), and 100 image tags (over the limit: the error path).
struct PlanBenchmark {
  var runs = 20_000

  func run() async throws -> [Measurement] {
    let catalog = try await Self.sandboxCatalog()
    let facts = SourceFacts(encrypted: false, ownerAccount: SandboxSeed.accountId, callerAccount: SandboxSeed.accountId)
    let valid = Self.request(imageTags: 50, snapshotTags: 50)
    let overLimit = Self.request(imageTags: 100, snapshotTags: 0)

    let validPlan = plan(valid, catalog: catalog, facts: facts)
    guard validPlan.findings.allSatisfy({ $0.severity != .error }), validPlan.region == "eu-west-1" else {
      throw BenchError("plan() refused the valid 100-tag request: \(validPlan.findings.map(\.message))")
    }
    let refused = plan(overLimit, catalog: catalog, facts: facts)
    guard refused.findings.contains(where: { $0.severity == .error }) else {
      throw BenchError("plan() accepted 100 image tags; the benchmark no longer measures the error path")
    }

    let samples = Stopwatch.sample(runs: runs, warmup: 1_000) { blackHole(plan(valid, catalog: catalog, facts: facts)) }
    let refusedSamples = Stopwatch.sample(runs: runs, warmup: 1_000) {
      blackHole(plan(overLimit, catalog: catalog, facts: facts))
    }
    let how = "\(runs) calls, sandbox catalog (\(catalog.regions.count) Regions, \(catalog.zones.count) zones)"
    return [
      Measurement(
        "plan.median", "plan(), 50 image + 50 snapshot tags, median", samples.median, .nanoseconds, detail: how),
      Measurement(
        "plan.p99", "plan(), 50 image + 50 snapshot tags, p99", samples.p99, .nanoseconds, target: .below(100_000),
        detail: how),
      Measurement(
        "plan.over-limit.p99", "plan(), 100 image tags (refused), p99", refusedSamples.p99, .nanoseconds,
        target: .below(100_000),
        detail: "\(refused.findings.count) findings; median \(ReportTable.format(refusedSamples.median, .nanoseconds))"),
    ]
  }

  /// The places of the sandbox account, loaded the way the TUI loads them.
  static func sandboxCatalog() async throws -> Catalog {
    let account = SandboxAccount(directory: nil)
    let regions = try await account.regions(from: SandboxSeed.homeRegion)
    var zones: [Zone] = []
    var outposts: [Outpost] = []
    for region in regions where region.optIn != .notOptedIn {
      zones += try await account.zones(in: region.name)
      outposts += try await account.outposts(in: region.name)
    }
    return Catalog(regions: regions, zones: zones, outposts: outposts)
  }

  /// An encrypted AMI copy from us-east-1 to eu-west-1 with a name, description, key and tags.
  static func request(imageTags: Int, snapshotTags: Int) -> CopyRequest {
    func tags(_ count: Int, _ prefix: String) -> [Tag]? {
      count == 0 ? nil : (0..<count).map { Tag(key: "\(prefix)-key-\($0)", value: "value \($0) for cost allocation") }
    }
    return CopyRequest(
      resource: .image, source: SourceSpec(id: SandboxSeed.webServerImage, region: SandboxSeed.homeRegion),
      destination: DestinationSpec(region: "eu-west-1"), name: "web-server-2026-11-26 (copy)",
      description: "Copy of the web tier image for the Dublin failover", encrypted: true,
      kmsKeyId: "alias/ferry-copies", copyImageTags: false,
      tags: TagSets(image: tags(imageTags, "image"), snapshot: tags(snapshotTags, "snapshot")))
  }
}
