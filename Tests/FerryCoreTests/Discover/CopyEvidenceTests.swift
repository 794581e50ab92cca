import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

/// What tells a copy found in the account from an AMI or snapshot made another way.
@Suite struct CopyEvidenceTests {
  private func image(tags: [FerryRules.Tag] = [], source: String? = nil) -> Image {
    Image(
      id: "ami-0000000000000000a", name: "web", state: .pending, ownerId: "123456789012",
      blockDevices: [BlockDevice(deviceName: "/dev/xvda", snapshotId: "snap-000000000000000a1", volumeSize: 8)],
      tags: tags, sourceImageId: source, sourceRegion: source == nil ? nil : "us-east-1", region: "eu-west-1")
  }

  private func snapshot(
    _ id: String = "snap-000000000000000b1", description: String?, volume: String?, tags: [FerryRules.Tag] = []
  )
    -> Snapshot
  {
    Snapshot(
      id: id, description: description, state: .pending, progress: 40, ownerId: "123456789012", volumeId: volume,
      volumeSize: 8, encrypted: false, startTime: "2026-11-18T11:06:40.250Z", tags: tags, region: "eu-west-1")
  }

  @Test func anAMIThatNamesItsSourceIsACopy() throws {
    let copy = try #require(CopyEvidence.copy(of: image(source: "ami-0c7e5d1a9b3f20001")))
    #expect(copy.evidence == .sourceImage)
    #expect(copy.sourceId == "ami-0c7e5d1a9b3f20001" && copy.sourceRegion == "us-east-1")
    #expect(copy.snapshotIds == ["snap-000000000000000a1"] && copy.clientToken == nil)
  }

  @Test func ferrysTagNamesTheToken() throws {
    let copy = try #require(
      CopyEvidence.copy(of: image(tags: [FerryRules.Tag(key: "ferry:client-token", value: "rb-1")], source: "ami-1")))
    #expect(copy.evidence == .clientTokenTag && copy.clientToken == "rb-1")
  }

  @Test func aPendingAMIThatNamesNoSourceIsNotACopy() {
    // CreateImage and RegisterImage make pending AMIs too.
    #expect(CopyEvidence.copy(of: image(tags: [FerryRules.Tag(key: "team", value: "core")])) == nil)
  }

  @Test func aSnapshotCopyIsToldByEBSsDescriptionItsVolumeOrTheTag() throws {
    let described = try #require(
      CopyEvidence.copy(
        of: snapshot(description: "[Copied snap-0d4b8e2f6a1c30001 from us-east-1] nightly", volume: "vol-ffffffff")))
    #expect(described.evidence == .copiedDescription)
    #expect(described.sourceId == "snap-0d4b8e2f6a1c30001" && described.sourceRegion == "us-east-1")
    #expect(described.progress == 40)
    #expect(described.startedAt == Date(timeIntervalSince1970: 1_795_000_000.25))

    let ownDescription = try #require(CopyEvidence.copy(of: snapshot(description: "dr copy", volume: "vol-ffffffff")))
    #expect(ownDescription.evidence == .copiedVolume && ownDescription.sourceId == nil)

    let tagged = try #require(
      CopyEvidence.copy(
        of: snapshot(
          description: "dr copy", volume: "vol-ffffffff", tags: [FerryRules.Tag(key: "ferry:client-token", value: "t")])
      ))
    #expect(tagged.evidence == .clientTokenTag && tagged.clientToken == "t")
  }

  @Test func aSnapshotOfAVolumeIsNotACopy() {
    #expect(CopyEvidence.copy(of: snapshot(description: "[Copied by hand]", volume: "vol-0123456789abcdef0")) == nil)
  }

  @Test func aSnapshotMadeForAnAMICopyBelongsToTheAMI() {
    let made = snapshot(
      description:
        "Copied for DestinationAmi ami-0000000000000000a from SourceAmi ami-1 for SourceSnapshot snap-1. Task created on 1,2.",
      volume: "vol-ffffffff")
    #expect(CopyEvidence.imageCopyOf(made) == "ami-0000000000000000a")
    #expect(CopyEvidence.copy(of: made) == nil)
  }

  // MARK: - One Region's listing

  @Test func anAMICopyFoldsItsSnapshotsAndTakesTheirProgress() {
    var amiSnapshot = snapshot(
      "snap-000000000000000a1", description: "Copied for DestinationAmi ami-0000000000000000a from SourceAmi ami-1",
      volume: "vol-ffffffff")
    amiSnapshot.progress = 50
    let loose = snapshot(description: "[Copied snap-2 from us-east-1]", volume: "vol-ffffffff")
    let copies = DiscoveryListing.copies(images: [image(source: "ami-1")], snapshots: [amiSnapshot, loose])
    #expect(copies.map(\.resourceId) == ["ami-0000000000000000a", "snap-000000000000000b1"])
    #expect(copies[0].progress == 50)
    // A snapshot no longer pending has finished: the AMI is then at 99 % at most, registration comes last.
    #expect(DiscoveryListing.copies(images: [image(source: "ami-1")], snapshots: [])[0].progress == 99)
  }

  // MARK: - What the journal knows

  private func record(_ id: String, token: String, resourceId: String?, account: String? = "sandbox") -> CopyRecord {
    var record = CopyRecord(
      id: id, createdAt: CoreFixtures.start,
      call: APICall(operation: .copySnapshot, region: "eu-west-1", parameters: [:]), destination: "Region eu-west-1",
      sourceId: "snap-1", sourceRegion: "us-east-1", clientToken: token, phase: .pending, account: account)
    record.resourceId = resourceId
    return record
  }

  @Test func aCopyIsKnownByItsIdOrByTheTokenOfARecordNotYetNamed() {
    var byId = snapshot("snap-000000000000000c1", description: nil, volume: "vol-ffffffff")
    byId.tags = [FerryRules.Tag(key: "ferry:client-token", value: "other")]
    let byToken = snapshot(
      "snap-000000000000000c2", description: nil, volume: "vol-ffffffff",
      tags: [FerryRules.Tag(key: "ferry:client-token", value: "lost")])
    let inherited = snapshot(
      "snap-000000000000000c3", description: nil, volume: "vol-ffffffff",
      tags: [FerryRules.Tag(key: "ferry:client-token", value: "named")])
    let stranger = snapshot("snap-000000000000000c4", description: nil, volume: "vol-ffffffff")
    let otherAccount = snapshot("snap-000000000000000c5", description: nil, volume: "vol-ffffffff")
    let records = [
      record("cp-1", token: "t1", resourceId: "snap-000000000000000c1"),
      record("cp-2", token: "lost", resourceId: nil),
      record("cp-3", token: "named", resourceId: "snap-0000000000000dead"),
      record("cp-4", token: "t4", resourceId: "snap-000000000000000c5", account: "aws:111122223333"),
    ]
    let copies = [byId, byToken, inherited, stranger, otherAccount].compactMap(CopyEvidence.copy(of:))
    let marked = DiscoveryListing.marked(copies, records: records, accountKey: "sandbox")
    #expect(marked.map(\.journalId) == ["cp-1", "cp-2", nil, nil, nil])
  }
}
