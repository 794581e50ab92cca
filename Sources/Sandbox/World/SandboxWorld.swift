import FerryCloud
import FerryRules

/// The fixed part of the sandbox account: its Regions, zones, Outposts and KMS keys.
///
/// AMIs and snapshots change (copies add them, deregistration removes them) and live in
/// `SandboxState`; the places and keys never change and come from the seed. Pure data and lookups:
/// it never performs I/O.
struct SandboxWorld: Sendable {
  var accountId: String
  var accountAlias: String
  var regions: [SandboxRegion]
  var zones: [Zone]
  var outposts: [Outpost]
  var keys: [KeyRecord]

  /// The places the rules reason about, in the shape `plan(_:catalog:)` takes.
  var catalog: Catalog {
    Catalog(regions: regions.map(\.entry), zones: zones, outposts: outposts)
  }

  func region(named name: String) -> SandboxRegion? { regions.first { $0.name == name } }

  /// The Region a call is sent to, or the error EC2 (or botocore) gives for it.
  func endpoint(_ name: String) throws(AWSError) -> SandboxRegion {
    guard let region = region(named: name) else { throw EC2Errors.unknownRegion(name) }
    guard region.isEnabled else { throw EC2Errors.regionNotEnabled() }
    return region
  }

  func zone(named name: String) -> Zone? { zones.first { $0.name == name } }
  func zone(id: String) -> Zone? { zones.first { $0.id == id } }
  func outpost(arn: String) -> Outpost? { outposts.first { $0.arn == arn } }

  /// The key a reference names in one Region, looking only at this account's keys as KMS does.
  func ownKey(_ reference: String, in region: String) -> KeyRecord? {
    keys.first { $0.region == region && $0.accountId == accountId && $0.isNamed(by: reference) }
  }

  /// Any key known by its ARN, whoever owns it (a shared snapshot names its owner's key).
  func key(arn: String) -> KeyRecord? { keys.first { $0.key.arn == arn } }

  /// The AWS-managed `alias/aws/ebs` key of a Region: EBS's default.
  func defaultEBSKey(in region: String) -> KeyRecord? { ownKey("alias/aws/ebs", in: region) }
}
