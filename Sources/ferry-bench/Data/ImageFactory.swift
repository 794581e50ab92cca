import FerryCloud
import FerryRules

/// AMIs shaped like the output of a CI image pipeline: the bench's stand-in for an account's listing.
///
/// Image `n` is named `<team>-<service>-2026-11-<day>-<n>` with a one-line description, one EBS
/// volume with its snapshot, and three tags (`Name`, `team`, `env`) — the same scheme as
/// `scripts/lib/seed-images.py`, which registers them in moto. Ids are pseudo-random hex derived
/// from `n`, so every run builds the same values. Pure; no I/O.
enum ImageFactory {
  static let ownerId = "123456789012"
  static let teams = ["web", "payments", "search", "cache", "batch", "edge", "data", "auth"]
  static let services = ["server", "worker", "proxy", "db", "api", "cron"]

  /// The operator-visible fields of image `n`.
  struct Fields {
    var name: String
    var description: String
    var tags: [Tag]
    var imageId: String
    var snapshotId: String
    var creationDate: String
  }

  static func fields(_ n: Int) -> Fields {
    let team = teams[n % teams.count]
    let service = services[(n / teams.count) % services.count]
    let day = 1 + n % 28
    let name = "\(team)-\(service)-2026-11-\(twoDigits(day))-\(fiveDigits(n))"
    return Fields(
      name: name,
      description: "\(team) \(service) build \(n) from pipeline main, base al2023",
      tags: [
        Tag(key: "Name", value: name), Tag(key: "team", value: team),
        Tag(key: "env", value: n % 3 == 0 ? "staging" : "prod"),
      ],
      imageId: "ami-" + hex(n, salt: 0x9E37_79B9),
      snapshotId: "snap-" + hex(n, salt: 0x85EB_CA6B),
      creationDate: "2026-11-\(twoDigits(day))T\(twoDigits(n % 24)):\(twoDigits(n % 60)):00.000Z")
  }

  /// Image `n` as DescribeImages on AWS reports it (more fields than moto fills in).
  static func image(_ n: Int, region: String = "us-east-1") -> Image {
    let fields = fields(n)
    return Image(
      id: fields.imageId, name: fields.name, description: fields.description, state: .available,
      ownerId: ownerId, creationDate: fields.creationDate, architecture: "x86_64", rootDeviceName: "/dev/xvda",
      blockDevices: [
        BlockDevice(
          deviceName: "/dev/xvda", snapshotId: fields.snapshotId, volumeSize: 8, volumeType: "gp3", encrypted: false)
      ],
      tags: fields.tags, region: region)
  }

  /// 17 lowercase hex digits, as in `ami-0123456789abcdef0`, from SplitMix64 of `n`.
  static func hex(_ n: Int, salt: UInt64) -> String {
    var z = UInt64(truncatingIfNeeded: n) &+ salt &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    let digits = String(z, radix: 16)
    return "0" + String(repeating: "0", count: 16 - digits.count) + digits
  }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func fiveDigits(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }
}
