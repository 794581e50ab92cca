import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Testing

/// Core against the real built-in sandbox, on an immediate clock: minutes of copying in milliseconds.
@Suite struct SandboxIntegrationTests {
  private let time = ImmediateTimeSource(start: Date(timeIntervalSince1970: 1_795_000_000))
  private let sandbox: SandboxAccount

  init() {
    let time = self.time
    sandbox = SandboxAccount(directory: nil, now: { time.now() })
  }

  private let lzImage = "ami-0c7e5d1a9b3f20008"
  private let outpostArn = "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718"

  // MARK: - Locating the source

  @Test func aLocalZoneImageIsLocatedFromItsBlockDevices() async throws {
    let request = CopyRequest(
      resource: .image, source: SourceSpec(id: lzImage, region: "us-east-1"),
      destination: DestinationSpec(region: "us-east-1"), name: "edge-cache-back-home")
    let (located, facts) = try await SourceLocator(account: sandbox).locate(request)
    #expect(located.source == SourceSpec(id: lzImage, localZone: "us-east-1-bos-1a"))
    #expect(facts?.encrypted == false)
    #expect(facts?.ownerAccount == "123456789012")
  }

  @Test func anOutpostSnapshotIsLocatedFromItsArn() async throws {
    let request = CopyRequest(
      resource: .snapshot, source: SourceSpec(id: "snap-0d4b8e2f6a1c30005", region: "us-east-1"),
      destination: DestinationSpec(region: "eu-west-1"))
    let (located, _) = try await SourceLocator(account: sandbox).locate(request)
    #expect(located.source == SourceSpec(id: "snap-0d4b8e2f6a1c30005", outpostArn: outpostArn))
  }

  @Test func aSourceTheAccountCannotSeeIsRefused() async throws {
    let request = CopyRequest(
      resource: .image, source: SourceSpec(id: "ami-0000000000000dead", region: "us-east-1"),
      destination: DestinationSpec(region: "eu-west-1"), name: "ghost-copy")
    let refused = await #expect(throws: CopyRefused.self) { try await SourceLocator(account: sandbox).locate(request) }
    #expect(refused?.errors.map(\.rule) == ["source-not-found"])
    #expect(
      refused?.errors.first?.message
        == "ami-0000000000000dead does not exist in us-east-1, or this account cannot see it (InvalidAMIID.NotFound).")
  }

  // MARK: - Catalog and inventory

  @Test func theCatalogHoldsTheZonesAndOutpostsTheRequestNames() async throws {
    var request = CopyRequest(
      resource: .image, source: SourceSpec(id: "ami-0c7e5d1a9b3f20001", region: "us-east-1"),
      destination: DestinationSpec(localZone: "us-west-2-lax-1a"), name: "web-lax")
    let withoutOutpost = try await CatalogLoader(account: sandbox).catalog(for: [request], homeRegion: "us-east-1")
    #expect(withoutOutpost.zone(named: "us-west-2-lax-1a")?.region == "us-west-2")
    #expect(withoutOutpost.region(named: "eu-west-1") != nil)
    // ListOutposts is asked only when the request names an Outpost.
    #expect(withoutOutpost.outposts.isEmpty)
    request.destinations = [DestinationSpec(localZone: "us-west-2-lax-1a"), DestinationSpec(outpostArn: outpostArn)]
    let withOutpost = try await CatalogLoader(account: sandbox).catalog(for: [request], homeRegion: "us-east-1")
    #expect(withOutpost.outpost(arn: outpostArn)?.name == "rack-iad-factory")
  }

  @Test func aSourceFoundInALocalZoneBringsItsZonesIntoTheCatalog() async throws {
    // The document names only the Region; the AMI's snapshots live in a Local Zone, so the zones
    // that were not asked for (the destination is a Region) are fetched after the source is located.
    let request = CopyRequest(
      resource: .image, source: SourceSpec(id: SandboxSeed.localZoneImage, region: "us-east-1"),
      destination: DestinationSpec(region: "us-east-1"), name: "edge-cache-home")
    let submission = try await Admission.gather([request], account: sandbox, homeRegion: "us-east-1")
    #expect(submission.documents.map(\.request.source.localZone) == ["us-east-1-bos-1a"])
    #expect(submission.catalog.zone(named: "us-east-1-bos-1a") != nil)
    #expect(submission.errors == [])
  }

  @Test func everySourceTheAccountCannotSeeIsNamedAtOnce() async throws {
    let missing = ["ami-0000000000000dead", "ami-0000000000000beef"].map { id in
      CopyRequest(
        resource: .image, source: SourceSpec(id: id, region: "us-east-1"),
        destination: DestinationSpec(region: "eu-west-1"),
        name: "x-copy")
    }
    let refusal = await #expect(throws: CopyRefused.self) {
      try await Admission.gather(missing, account: sandbox, homeRegion: "us-east-1")
    }
    #expect(refusal?.findings.map(\.rule) == ["source-not-found", "source-not-found"])
  }

  @Test func smallPagesListTheSameImagesAsOneBigPage() async throws {
    let whole = try await Inventory(account: sandbox).images(in: "us-east-1").map(\.id)
    let paged = try await Inventory(account: sandbox, pageSize: 5).images(in: "us-east-1").map(\.id)
    #expect(paged == whole)
    #expect(whole.contains("ami-0c7e5d1a9b3f20011"))  // shared with the caller
    #expect(Set(whole).count == whole.count)
  }

  // MARK: - A whole copy

  @Test func anImageCopiedToALocalZoneIsFollowedToAvailable() async throws {
    let journal = InMemoryJournal()
    let copier = Copier(account: sandbox, journal: journal, time: time)
    let poller = Poller(account: sandbox, journal: journal, time: time)
    let request = CopyRequest(
      resource: .image, source: SourceSpec(id: "ami-0c7e5d1a9b3f20001", region: "us-east-1"),
      destination: DestinationSpec(localZone: "us-east-1-bos-1a"), name: "web-server-bos")
    let catalog = try await CatalogLoader(account: sandbox).catalog(for: [request], homeRegion: "us-east-1")
    let record = try await copier.submit(request, catalog: catalog)
    #expect(record.phase == .submitted)
    #expect(record.call.parameters["DestinationAvailabilityZone"] == .string("us-east-1-bos-1a"))

    var last: CopyEvent?
    var percents: [Int] = []
    for await event in poller.follow([record.id]) {
      if case .progress(let current, _) = event, let percent = current.progress { percents.append(percent) }
      last = event
    }
    guard case .completed(let done) = last else {
      Issue.record("expected .completed, got \(String(describing: last))")
      return
    }
    #expect(done.phase == .available)
    #expect(percents == percents.sorted())
    #expect(!done.snapshots.isEmpty && done.snapshots.allSatisfy { $0.state == .completed })

    // The same token again is the same copy, not a second one.
    let again = try await copier.submit(request.with(token: record.clientToken), catalog: catalog)
    #expect(again.resourceId == done.resourceId)
  }
}

extension CopyRequest {
  fileprivate func with(token: String) -> CopyRequest {
    var copy = self
    copy.clientToken = token
    return copy
  }
}
