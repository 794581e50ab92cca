import FerryCloud
import FerryRules
import Foundation
import Sandbox
import Testing

/// The filters ferry's discovery sends (Owner=self with state/status=pending, and ferry's tag by key or
/// by value), answered as EC2 answers them: a copy is listed while pending and not once it is done.
@Test func pendingCopiesAreFoundByStateOwnerAndTag() async throws {
  let clock = TestClock()
  let sandbox = memorySandbox(clock)
  let tagged = tagSpecification("snapshot", [("ferry:client-token", "t-9")])
  let snapshot = try await sandbox.copy(
    copySnapshotCall(to: "eu-west-1", extra: ["TagSpecifications": .list([tagged])]))
  let image = try await sandbox.copy(copyImageCall(to: "eu-west-1", extra: ["ClientToken": .string("t-8")]))

  let pendingSnapshots = SnapshotQuery(owners: ["self"], filters: [Filter(name: "status", values: ["pending"])])
  let pendingImages = ImageQuery(owners: ["self"], filters: [Filter(name: "state", values: ["pending"])])
  let snapshotsNow = try await sandbox.snapshots(in: "eu-west-1", query: pendingSnapshots, nextToken: nil).items
  #expect(snapshotsNow.contains { $0.id == snapshot.resourceId && $0.volumeId == "vol-ffffffff" })
  #expect(try await sandbox.allImages(in: "eu-west-1", query: pendingImages).map(\.id) == [image.resourceId])
  #expect(try await sandbox.image(image.resourceId, in: "eu-west-1")?.sourceImageId == SandboxSeed.webServerImage)

  for filter in [
    Filter(name: "tag-key", values: ["ferry:client-token"]), Filter(name: "tag:ferry:client-token", values: ["t-9"]),
  ] {
    let query = SnapshotQuery(owners: ["self"], filters: [filter])
    #expect(
      try await sandbox.snapshots(in: "eu-west-1", query: query, nextToken: nil).items.map(\.id) == [
        snapshot.resourceId
      ])
  }

  clock.advance(3_600)
  #expect(try await sandbox.snapshots(in: "eu-west-1", query: pendingSnapshots, nextToken: nil).items.isEmpty)
  #expect(try await sandbox.allImages(in: "eu-west-1", query: pendingImages).isEmpty)
}
