import FerryCloud

/// The compact shapes the seeded AMIs and snapshots are written in, so the seed reads as a table.
enum SeedSpec {
  /// Where a seeded resource's data lives.
  enum Place: Sendable {
    case region
    case localZone(String)
    case outpost(String)
  }

  /// How a seeded resource is encrypted: not at all, with one of this account's keys (by alias, in
  /// the resource's Region), or with the key of the account that shared it (by ARN).
  enum Encryption: Sendable {
    case none
    case key(String)
    case foreignKey(String)
  }

  /// One EBS volume of a seeded AMI: its device, the snapshot that backs it and its size.
  struct Volume: Sendable {
    var device: String
    var snapshotId: String
    var size: Int
    var type: String = "gp3"
  }

  /// A seeded AMI with everything DescribeImages shows for it.
  struct Image: Sendable {
    var id: String
    var name: String
    var description: String
    var region: String
    var created: String
    var volumes: [Volume]
    var architecture = "x86_64"
    var platform: String? = nil
    var encryption = Encryption.none
    var place = Place.region
    var owner = SandboxSeed.accountId
    var ownerAlias: String? = nil
    var isPublic = false
    var sharedWith: [String] = []
    var storageShared = true
    var productCodes: [String] = []
    var tags: [String: String] = [:]
    var state = FerryCloud.Image.State.available
    var stateReason: String? = nil
    var copiedFrom: (image: String, region: String)? = nil
  }

  /// A seeded snapshot that backs no AMI (a backup, a data export).
  struct Snapshot: Sendable {
    var id: String
    var description: String
    var region: String
    var started: String
    var size: Int
    var volumeId: String
    var encryption = Encryption.none
    var place = Place.region
    var owner = SandboxSeed.accountId
    var sharedWith: [String] = []
    var tags: [String: String] = [:]
  }
}
