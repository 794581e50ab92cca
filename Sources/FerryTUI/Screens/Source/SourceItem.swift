import FerryCloud
import FerryRules

/// One AMI or snapshot the operator can pick, with what every screen needs to know about it.
///
/// Built once per listed resource; `searchKey` is what the `/` filter matches against.
public struct SourceItem: Sendable, Equatable {
  public enum Payload: Sendable, Equatable {
    case image(Image)
    case snapshot(Snapshot)
  }

  public var payload: Payload
  /// True when another account owns it (shared with me).
  public var shared: Bool
  /// Its place in the listing as EC2 gave it (set as pages arrive), so "as listed" can come back after a sort.
  public var listed = 0

  public init(_ payload: Payload, callerAccount: String?) {
    self.payload = payload
    let owner: String
    switch payload {
    case .image(let image): owner = image.ownerId
    case .snapshot(let snapshot): owner = snapshot.ownerId
    }
    self.shared = callerAccount.map { $0 != owner } ?? false
  }

  public var resource: Resource {
    if case .image = payload { return .image }
    return .snapshot
  }

  public var id: String {
    switch payload {
    case .image(let image): image.id
    case .snapshot(let snapshot): snapshot.id
    }
  }

  /// The image's name, or the snapshot's description (snapshots have no name).
  public var name: String {
    switch payload {
    case .image(let image): image.name
    case .snapshot(let snapshot): snapshot.tags.first { $0.key == "Name" }?.value ?? ""
    }
  }

  public var description: String? {
    switch payload {
    case .image(let image): image.description
    case .snapshot(let snapshot): snapshot.description
    }
  }

  public var ownerId: String {
    switch payload {
    case .image(let image): image.ownerId
    case .snapshot(let snapshot): snapshot.ownerId
    }
  }

  public var state: String {
    switch payload {
    case .image(let image): image.state.rawValue
    case .snapshot(let snapshot): snapshot.state.rawValue
    }
  }

  public var encrypted: Bool {
    switch payload {
    case .image(let image): image.isEncrypted
    case .snapshot(let snapshot): snapshot.encrypted
    }
  }

  /// Total size in GiB (sum of an image's EBS volumes).
  public var sizeGiB: Int? {
    switch payload {
    case .image(let image):
      let sizes = image.blockDevices.compactMap(\.volumeSize)
      return sizes.isEmpty ? nil : sizes.reduce(0, +)
    case .snapshot(let snapshot): return snapshot.volumeSize
    }
  }

  public var tags: [Tag] {
    switch payload {
    case .image(let image): image.tags
    case .snapshot(let snapshot): snapshot.tags
    }
  }

  /// The Region it was listed in.
  public var region: String {
    switch payload {
    case .image(let image): image.region
    case .snapshot(let snapshot): snapshot.region
    }
  }

  public var localZone: String? {
    switch payload {
    case .image(let image): image.localZoneName
    case .snapshot(let snapshot): snapshot.availabilityZone
    }
  }

  public var outpostArn: String? {
    switch payload {
    case .image(let image): image.outpostArn
    case .snapshot(let snapshot): snapshot.outpostArn
    }
  }

  /// Where it lives, as the request document says it: exactly one of Region, Local Zone, Outpost.
  public var sourceSpec: SourceSpec {
    if let outpostArn { return SourceSpec(id: id, outpostArn: outpostArn) }
    if let localZone { return SourceSpec(id: id, localZone: localZone) }
    return SourceSpec(id: id, region: region)
  }

  /// The KMS keys of its encrypted snapshots (for the "key accessible" preflight check).
  public var snapshotKeyIds: [String] {
    switch payload {
    case .image(let image):
      var seen: [String] = []
      for key in image.blockDevices.compactMap(\.kmsKeyId) where !seen.contains(key) { seen.append(key) }
      return seen
    case .snapshot(let snapshot): return snapshot.kmsKeyId.map { [$0] } ?? []
    }
  }

  /// When it was made: an AMI's CreationDate, a snapshot's StartTime (ISO 8601, as EC2 gives it).
  public var createdAt: String? {
    switch payload {
    case .image(let image): image.creationDate
    case .snapshot(let snapshot): snapshot.startTime
    }
  }

  /// The day it was made (`2026-11-13`), which sorts and reads well in a column.
  public var createdDay: String? { createdAt.map { String($0.prefix(10)) } }

  /// An AMI's architecture (`x86_64`, `arm64`); snapshots have none.
  public var architecture: String? {
    if case .image(let image) = payload { return image.architecture }
    return nil
  }

  /// The lowercased text the `/` filter searches: id, name, description and tags.
  public var searchKey: String {
    var parts = [id, name, description ?? ""]
    for tag in tags { parts.append("\(tag.key)=\(tag.value)") }
    return parts.joined(separator: " ")
  }
}
