import AWSClient
import FerryCloud
import FerryRules
import Foundation
import Testing

private func root(_ fixture: String) throws -> XMLElement {
  try XMLTreeParser.parse(try Fixtures.data(fixture), context: fixture).root
}

// MARK: - DescribeImages

@Test func imagesFromTheEC2ModelShapeKeepEveryField() throws {
  let page = try ImageDecoder.page(try root("ec2-describe-images-page.xml"), region: "us-west-2")
  #expect(page.nextToken == "eyJ2IjoiMiIsImMiOiJ0b2tlbiJ9")
  #expect(page.items.count == 2)
  let first = page.items[0]
  #expect(first.id == "ami-0abcdef1234567890")
  #expect(first.name == "app-server & worker")
  #expect(first.description == "nightly <build>")
  #expect(first.state == .failed)
  #expect(first.stateReason == "The KMS key is pending deletion")
  #expect(first.ownerId == "123456789012")
  #expect(first.isPublic == false)
  #expect(first.architecture == "arm64")
  #expect(first.rootDeviceName == "/dev/xvda")
  #expect(first.sourceImageId == "ami-0fedcba9876543210")
  #expect(first.sourceRegion == "us-east-1")
  #expect(first.region == "us-west-2")
  #expect(first.tags == [Tag(key: "team", value: "core"), Tag(key: "empty", value: "")])
  #expect(
    first.blockDevices == [
      BlockDevice(
        deviceName: "/dev/xvda", snapshotId: "snap-0123456789abcdef0", volumeSize: 30, volumeType: "gp3",
        encrypted: true, kmsKeyId: "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        availabilityZone: "us-west-2-lax-1a"),
      BlockDevice(deviceName: "/dev/sdb"),
    ])
  #expect(first.localZoneName == "us-west-2-lax-1a")
  #expect(first.isEncrypted)
  let second = page.items[1]
  #expect(second.state == .pending)
  #expect(second.isPublic)
  #expect(second.outpostArn == "arn:aws:outposts:us-west-2:123456789012:outpost/op-1234567890abcdef0")
  #expect(second.description == nil)
}

@Test func imagesAsMotoSendsThem() throws {
  let page = try ImageDecoder.page(try root("moto-describe-images.xml"), region: "us-east-1")
  #expect(page.nextToken == nil)
  #expect(page.items.count == 1)
  let image = try #require(page.items.first)
  #expect(image.id == "ami-d3eadd9233dda2c55")
  #expect(image.name == "fixture-image")
  #expect(image.state == .available)
  #expect(image.platform == "windows")
  #expect(image.creationDate == "2026-11-26T15:32:11.000Z")
  #expect(image.tags == [Tag(key: "team", value: "core")])
  #expect(image.blockDevices.first?.snapshotId == "snap-962941c66df1c34b2")
  #expect(image.blockDevices.first?.encrypted == nil)
}

@Test func anUnknownImageStateIsReportedNotGuessed() throws {
  let xml =
    "<DescribeImagesResponse><imagesSet><item><imageId>ami-1</imageId><imageState>melting</imageState></item></imagesSet></DescribeImagesResponse>"
  let tree = try XMLTreeParser.parse(Data(xml.utf8), context: "test")
  #expect(throws: AWSError.self) { try ImageDecoder.page(tree.root, region: "us-east-1") }
  do {
    _ = try ImageDecoder.page(tree.root, region: "us-east-1")
  } catch {
    #expect(error.kind == .invalidResponse)
    #expect(error.message.contains("\"melting\""))
  }
}

// MARK: - DescribeSnapshots

@Test func snapshotsKeepProgressStatusMessageAndPlace() throws {
  let page = try SnapshotDecoder.page(try root("ec2-describe-snapshots-page.xml"), region: "us-east-1")
  #expect(page.nextToken == nil, "an empty nextToken ends the listing")
  #expect(
    page.items == [
      Snapshot(
        id: "snap-1234567890abcdef0", description: "copy of snap-0a", state: .pending, progress: 80,
        ownerId: "123456789012", volumeId: "vol-1234567890abcdef0", volumeSize: 15, encrypted: true,
        kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abcd", startTime: "2026-11-26T14:00:00.000Z",
        outpostArn: "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a", region: "us-east-1"),
      Snapshot(
        id: "snap-0bbbbbbbbbbbbbbbb", state: .error, stateMessage: "Given key ID is not accessible", progress: nil,
        ownerId: "123456789012", encrypted: false, availabilityZone: "us-east-1-bos-1a",
        tags: [Tag(key: "Name", value: "db")], region: "us-east-1"),
    ])
}

@Test func snapshotsAsMotoSendsThem() throws {
  let page = try SnapshotDecoder.page(try root("moto-describe-snapshots.xml"), region: "us-east-1")
  let snapshot = try #require(page.items.first)
  #expect(snapshot.id == "snap-68622835fb5a27b6f")
  #expect(snapshot.progress == 100)
  #expect(snapshot.state == .completed)
  #expect(snapshot.description == "fixture snap")
  #expect(snapshot.tags == [Tag(key: "team", value: "core")])
}

@Test(arguments: [("80%", 80), ("100%", 100), ("0%", 0), ("7", 7)])
func progressPercentages(text: String, value: Int) throws {
  let xml =
    "<r><snapshotSet><item><snapshotId>snap-1</snapshotId><status>pending</status><progress>\(text)</progress></item></snapshotSet></r>"
  let page = try SnapshotDecoder.page(try XMLTreeParser.parse(Data(xml.utf8), context: "t").root, region: "r")
  #expect(page.items.first?.progress == value)
}

// MARK: - Regions and zones

@Test func regionsWithOptInStatus() throws {
  let regions = try PlacesDecoder.regions(try root("moto-describe-regions.xml"))
  #expect(regions.count > 20)
  #expect(regions.first == RegionEntry(name: "af-south-1", optIn: .notRequired))
  #expect(regions.contains(RegionEntry(name: "ap-east-1", optIn: .notOptedIn)))
}

@Test func zonesOfEveryKind() throws {
  let zones = try PlacesDecoder.zones(try root("ec2-describe-availability-zones-local.xml"))
  #expect(
    zones == [
      Zone(
        name: "us-west-2a", id: "usw2-az2", kind: .availabilityZone, region: "us-west-2", group: "us-west-2",
        optIn: .notRequired),
      Zone(
        name: "us-west-2-lax-1a", id: "usw2-lax1-az1", kind: .localZone, region: "us-west-2", group: "us-west-2-lax-1",
        parentZoneName: "us-west-2d", optIn: .optedIn),
      Zone(
        name: "us-west-2-wl1-las-wlz-1", id: "usw2-wl1-las-wlz1", kind: .wavelengthZone, region: "us-west-2",
        group: "us-west-2-wl1", optIn: .notOptedIn),
    ])
}

@Test func motoZonesWithoutGroupNameAreGroupedUnderTheirRegion() throws {
  let zones = try PlacesDecoder.zones(try root("moto-describe-availability-zones.xml"))
  #expect(
    zones.first
      == Zone(
        name: "us-east-1a", id: "use1-az6", kind: .availabilityZone, region: "us-east-1", group: "us-east-1",
        optIn: .notRequired))
}

// MARK: - Small answers

@Test func copyAnswers() throws {
  #expect(
    try ResultDecoder.copy(try root("moto-copy-image.xml"), idElement: "imageId", operation: "CopyImage")
      == CopyOutcome(resourceId: "ami-202022e09d6c7e541", requestId: "request-id"))
  #expect(
    try ResultDecoder.copy(try root("moto-copy-snapshot.xml"), idElement: "snapshotId", operation: "CopySnapshot")
      == CopyOutcome(resourceId: "snap-ae560908c98ace39f", requestId: "request-id"))
}

@Test func acknowledgementsAndCallerIdentity() throws {
  let ok = "<DeleteSnapshotResponse><requestId>r</requestId><return>true</return></DeleteSnapshotResponse>"
  try ResultDecoder.acknowledged(try XMLTreeParser.parse(Data(ok.utf8), context: "t").root, operation: "DeleteSnapshot")
  let refused = "<DeleteSnapshotResponse><return>false</return></DeleteSnapshotResponse>"
  #expect(throws: AWSError.self) {
    try ResultDecoder.acknowledged(
      try XMLTreeParser.parse(Data(refused.utf8), context: "t").root, operation: "DeleteSnapshot")
  }
  let sts = """
    <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>\
    <Arn>arn:aws:iam::123456789012:user/ops</Arn><UserId>AIDA</UserId><Account>123456789012</Account>\
    </GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>
    """
  #expect(try ResultDecoder.callerAccount(try XMLTreeParser.parse(Data(sts.utf8), context: "t").root) == "123456789012")
}
