/// The copy request document: what to copy and where, in the operator's terms.
///
/// This is the contract in `shared/contracts/request-and-plan.md`, read by `parse(json:)` and written
/// by `document` — deliberately not `Codable`, so no second encoding of the document can appear.
/// `plan(_:catalog:)` turns it into exactly one EC2 call. The type holds what the operator wrote; it does not validate — findings do.
public struct CopyRequest: Sendable, Equatable {
  public var resource: Resource
  public var source: SourceSpec
  public var destination: DestinationSpec
  /// A fan-out: one copy per destination, each with an optional `kmsKeyId` and `name` of its own.
  ///
  /// When set,
  /// `destination` is ignored; `planAll(_:catalog:)` plans each. `nil` for a single copy.
  public var destinations: [DestinationSpec]?
  public var name: String?
  public var description: String?
  public var encrypted: Bool?
  public var kmsKeyId: String?
  public var copyImageTags: Bool?
  public var tags: TagSets?
  public var completionDurationMinutes: Int?
  public var clientToken: String?
  public var dryRun: Bool?

  public init(
    resource: Resource, source: SourceSpec, destination: DestinationSpec, name: String? = nil,
    description: String? = nil, encrypted: Bool? = nil, kmsKeyId: String? = nil,
    copyImageTags: Bool? = nil, tags: TagSets? = nil, completionDurationMinutes: Int? = nil,
    clientToken: String? = nil, dryRun: Bool? = nil, destinations: [DestinationSpec]? = nil
  ) {
    self.resource = resource
    self.source = source
    self.destination = destination
    self.name = name
    self.description = description
    self.encrypted = encrypted
    self.kmsKeyId = kmsKeyId
    self.copyImageTags = copyImageTags
    self.tags = tags
    self.completionDurationMinutes = completionDurationMinutes
    self.clientToken = clientToken
    self.dryRun = dryRun
    self.destinations = destinations
  }
}

/// What is copied: an AMI (CopyImage) or an EBS snapshot (CopySnapshot).
public enum Resource: String, Sendable, Equatable, Codable, CaseIterable {
  case image
  case snapshot
}

/// The source: its id and where it lives (exactly one of the three places should be set).
public struct SourceSpec: Sendable, Equatable {
  public var id: String
  public var region: String?
  public var localZone: String?
  public var outpostArn: String?

  public init(id: String, region: String? = nil, localZone: String? = nil, outpostArn: String? = nil) {
    self.id = id
    self.region = region
    self.localZone = localZone
    self.outpostArn = outpostArn
  }
}

/// The destination (exactly one of the four should be set).
///
/// `kmsKeyId` and `name` are only meaningful inside a fan-out's `destinations` list, where they
/// override the request's own key and AMI name for that one destination (AMI names are unique per
/// Region, so copies to several Local Zones of one parent Region each need their own).
public struct DestinationSpec: Sendable, Equatable, Hashable {
  public var region: String?
  public var localZone: String?
  public var localZoneId: String?
  public var outpostArn: String?
  public var kmsKeyId: String?
  public var name: String?

  public init(
    region: String? = nil, localZone: String? = nil, localZoneId: String? = nil,
    outpostArn: String? = nil, kmsKeyId: String? = nil, name: String? = nil
  ) {
    self.region = region
    self.localZone = localZone
    self.localZoneId = localZoneId
    self.outpostArn = outpostArn
    self.kmsKeyId = kmsKeyId
    self.name = name
  }
}

/// Tags for the new resources, by resource type.
///
/// Keys keep the order the operator wrote them in.
public struct TagSets: Sendable, Equatable {
  public var image: [Tag]?
  public var snapshot: [Tag]?

  public init(image: [Tag]? = nil, snapshot: [Tag]? = nil) {
    self.image = image
    self.snapshot = snapshot
  }
}

/// One tag.
public struct Tag: Sendable, Equatable, Hashable, Codable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}
