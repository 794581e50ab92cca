/// An Availability Zone, Local Zone or Wavelength Zone, as DescribeAvailabilityZones reports it.
public struct Zone: Sendable, Equatable, Hashable, Codable {
  public enum Kind: String, Sendable, Equatable, Hashable, Codable {
    case availabilityZone = "availability-zone"
    case localZone = "local-zone"
    case wavelengthZone = "wavelength-zone"
    case other
  }

  public enum OptIn: String, Sendable, Equatable, Hashable, Codable {
    case notRequired = "opt-in-not-required"
    case optedIn = "opted-in"
    case notOptedIn = "not-opted-in"
  }

  public var name: String
  public var id: String
  public var kind: Kind
  /// The parent Region (`RegionName`).
  public var region: String
  /// The zone group (`GroupName`), e.g.
  ///
  /// `us-west-2-lax-1`.
  public var group: String
  public var parentZoneName: String?
  public var optIn: OptIn
  /// Whether snapshots copied here are always encrypted.
  ///
  /// `nil` when unknown: EC2 does not report it.
  public var requiresEncryptedSnapshots: Bool?

  public init(
    name: String, id: String, kind: Kind, region: String, group: String,
    parentZoneName: String? = nil, optIn: OptIn, requiresEncryptedSnapshots: Bool? = nil
  ) {
    self.name = name
    self.id = id
    self.kind = kind
    self.region = region
    self.group = group
    self.parentZoneName = parentZoneName
    self.optIn = optIn
    self.requiresEncryptedSnapshots = requiresEncryptedSnapshots
  }
}
