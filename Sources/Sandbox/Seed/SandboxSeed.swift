import FerryRules

/// The seeded sandbox world, and the names in it that demos and tests can rely on.
///
/// Every id here is fixed: the seed has no randomness, so a fresh sandbox always looks the same.
/// Copies made later get ids from a counter kept in the state, also without randomness.
public enum SandboxSeed {
  // MARK: - Accounts

  /// The sandbox account (alias "sandbox").
  public static let accountId = "123456789012"
  public static let accountAlias = "sandbox"
  /// The partner account that shares AMIs and snapshots with the sandbox account.
  public static let partnerAccountId = "210987654321"
  /// The owner of the public Amazon Linux image (alias "amazon").
  public static let amazonAccountId = "137112412989"
  /// The owner of the marketplace-like public image (alias "aws-marketplace").
  public static let marketplaceAccountId = "679593333241"

  // MARK: - Places

  /// The Region ferry starts in.
  public static let homeRegion = "us-east-1"
  /// The seeded Regions and zones, as DescribeRegions and DescribeAvailabilityZones list them (for completion).
  public static var places: (regions: [RegionEntry], zones: [Zone]) {
    (SeedPlaces.regions.map(\.entry), SeedPlaces.zones)
  }
  /// An opted-in Local Zone of us-east-1 that keeps snapshots' encryption state as it is.
  public static let localZone = "us-east-1-bos-1a"
  /// A Local Zone that has not been opted in.
  public static let localZoneNotOptedIn = "us-east-1-nyc-1a"
  /// Two Local Zones of one zone group (`us-west-2-lax-1`) that requires encrypted snapshots.
  public static let encryptedLocalZones = ["us-west-2-lax-1a", "us-west-2-lax-1b"]
  /// A Region the account has not enabled: every call to it fails with AuthFailure.
  public static let regionNotEnabled = "me-south-1"
  public static let outpostUSEast1 = "arn:aws:outposts:us-east-1:123456789012:outpost/op-0a1b2c3d4e5f60718"
  public static let outpostUSWest2 = "arn:aws:outposts:us-west-2:123456789012:outpost/op-0f1e2d3c4b5a69788"

  // MARK: - AMIs (in us-east-1 unless named otherwise)

  /// A plain, unencrypted, 8 GiB web server AMI: the good source for a first copy.
  public static let webServerImage = "ami-0c7e5d1a9b3f20001"
  /// An AMI with two volumes encrypted with alias/prod.
  public static let encryptedImage = "ami-0c7e5d1a9b3f20003"
  /// An AMI whose snapshots live in the Local Zone us-east-1-bos-1a.
  public static let localZoneImage = "ami-0c7e5d1a9b3f20008"
  /// An AMI on the us-east-1 Outpost.
  public static let outpostImage = "ami-0c7e5d1a9b3f2000a"
  /// An AMI encrypted with alias/legacy-vault, a key this account lacks grants on: copies fail.
  public static let inaccessibleKeyImage = "ami-0c7e5d1a9b3f20007"
  /// Shared by the partner account, unencrypted: copies work.
  public static let sharedImage = "ami-0c7e5d1a9b3f20011"
  /// Shared by the partner account, encrypted with the partner's key: copies fail.
  public static let sharedEncryptedImage = "ami-0c7e5d1a9b3f20012"
  /// Shared by the partner account without its snapshots: copies are refused.
  public static let sharedWithoutStorageImage = "ami-0c7e5d1a9b3f20013"
  /// A public marketplace image: copies are refused.
  public static let marketplaceImage = "ami-0c7e5d1a9b3f20015"
  /// An AMI in cn-north-1 (the aws-cn partition).
  public static let chinaImage = "ami-0c7e5d1a9b3f20041"

  // MARK: - Snapshots (in us-east-1 unless named otherwise)

  /// An unencrypted 8 GiB backup: the good source for a snapshot copy.
  public static let backupSnapshot = "snap-0d4b8e2f6a1c30001"
  /// A snapshot encrypted with alias/backup.
  public static let encryptedSnapshot = "snap-0d4b8e2f6a1c30002"
  /// A snapshot in the Local Zone us-east-1-bos-1a.
  public static let localZoneSnapshot = "snap-0d4b8e2f6a1c30004"
  /// A snapshot on the us-east-1 Outpost: it cannot be copied anywhere.
  public static let outpostSnapshot = "snap-0d4b8e2f6a1c30005"
  /// A snapshot encrypted with alias/legacy-vault: every copy ends in error
  /// "Given key ID is not accessible".
  public static let inaccessibleKeySnapshot = "snap-0d4b8e2f6a1c30006"
  /// Shared by the partner account, encrypted with the partner's key: copies end in error.
  public static let sharedEncryptedSnapshot = "snap-0d4b8e2f6a1c30007"
  /// Shared by the partner account, unencrypted.
  public static let sharedSnapshot = "snap-0d4b8e2f6a1c30008"

  // MARK: - Assembled

  static func world() -> SandboxWorld {
    SandboxWorld(
      accountId: accountId, accountAlias: accountAlias, regions: SeedPlaces.regions, zones: SeedPlaces.zones,
      outposts: SeedPlaces.outposts, keys: SeedKeys.all(regions: SeedPlaces.regions))
  }

  static func state(world: SandboxWorld) -> SandboxState {
    SeedBuilder(world: world).state(
      images: SeedImagesUSEast1.all + SeedImagesElsewhere.all, snapshots: SeedSnapshots.all)
  }
}
