import FerryRules

/// The seeded places: Regions in two partitions, their Availability Zones, Local Zones in zone
/// groups and two Outposts.
///
/// Names, ids and groups follow what DescribeRegions, DescribeAvailabilityZones
/// (`--all-availability-zones`) and ListOutposts print for a real account.
enum SeedPlaces {
  static let regions: [SandboxRegion] = [
    SandboxRegion("us-east-1"),
    SandboxRegion("us-west-2"),
    SandboxRegion("eu-west-1"),
    SandboxRegion("eu-central-1"),
    SandboxRegion("ap-southeast-2"),
    SandboxRegion("af-south-1", optIn: .optedIn),
    SandboxRegion("me-south-1", optIn: .notOptedIn),
    SandboxRegion("cn-north-1", partition: "aws-cn"),
    SandboxRegion("cn-northwest-1", partition: "aws-cn"),
  ]

  /// Zone ids use each Region's short code (`use1-az1`), as EC2's zone ids do.
  private static let codes: [String: String] = [
    "us-east-1": "use1", "us-west-2": "usw2", "eu-west-1": "euw1", "eu-central-1": "euc1",
    "ap-southeast-2": "apse2", "af-south-1": "afs1", "me-south-1": "mes1", "cn-north-1": "cnn1",
    "cn-northwest-1": "cnnw1",
  ]

  static let zones: [Zone] =
    regions.flatMap { availabilityZones(of: $0) } + localZones + [wavelengthZone]

  private static func availabilityZones(of region: SandboxRegion) -> [Zone] {
    let code = codes[region.name] ?? region.name
    let optIn: Zone.OptIn = region.isEnabled ? .notRequired : .notOptedIn
    return ["a", "b", "c"].enumerated().map { index, letter in
      Zone(
        name: region.name + letter, id: "\(code)-az\(index + 1)", kind: .availabilityZone,
        region: region.name, group: region.name, optIn: optIn)
    }
  }

  private static let localZones: [Zone] = [
    local("us-east-1-bos-1a", "use1-bos1-az1", parent: "us-east-1a"),
    local("us-east-1-mia-1a", "use1-mia1-az1", parent: "us-east-1b"),
    local("us-east-1-nyc-1a", "use1-nyc1-az1", parent: "us-east-1a", optIn: .notOptedIn),
    // Los Angeles: two zones in one group, and the group requires encrypted snapshots.
    local("us-west-2-lax-1a", "usw2-lax1-az1", parent: "us-west-2a", encrypted: true),
    local("us-west-2-lax-1b", "usw2-lax1-az2", parent: "us-west-2a", encrypted: true),
    local("us-west-2-den-1a", "usw2-den1-az1", parent: "us-west-2b"),
    local("cn-north-1-pkx-1a", "cnn1-pkx1-az1", parent: "cn-north-1a"),
  ]

  private static let wavelengthZone = Zone(
    name: "us-east-1-wl1-bos-wlz-1", id: "use1-wl1-bos-wlz1", kind: .wavelengthZone, region: "us-east-1",
    group: "us-east-1-wl1", parentZoneName: "us-east-1a", optIn: .notOptedIn)

  /// A Local Zone; its group is its name without the final letter (`us-west-2-lax-1`).
  private static func local(
    _ name: String, _ id: String, parent: String, optIn: Zone.OptIn = .optedIn, encrypted: Bool = false
  ) -> Zone {
    let region = String(parent.dropLast())
    return Zone(
      name: name, id: id, kind: .localZone, region: region, group: String(name.dropLast()),
      parentZoneName: parent, optIn: optIn, requiresEncryptedSnapshots: encrypted)
  }

  static let outposts: [Outpost] = [
    Outpost(
      arn: SandboxSeed.outpostUSEast1, id: "op-0a1b2c3d4e5f60718", name: "rack-iad-factory",
      region: "us-east-1", account: SandboxSeed.accountId, availabilityZone: "us-east-1a"),
    Outpost(
      arn: SandboxSeed.outpostUSWest2, id: "op-0f1e2d3c4b5a69788", name: "rack-pdx-lab",
      region: "us-west-2", account: SandboxSeed.accountId, availabilityZone: "us-west-2b"),
  ]
}
