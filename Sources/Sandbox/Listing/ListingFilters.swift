import FerryCloud
import FerryRules

/// The DescribeImages and DescribeSnapshots filters the sandbox understands, as EC2 applies them:
/// filters are AND-ed, the values of one filter OR-ed, each value a pattern (`*`, `?`).
///
/// An unknown filter name is refused (`InvalidParameterValue`), as EC2 refuses it. Pure.
enum ListingFilters {
  /// True when `values` (the attribute values for a filter name, nil for an unknown name) satisfy
  /// every filter.
  static func matches(_ filters: [Filter], values: (String) -> [String]?) throws(AWSError) -> Bool {
    for filter in filters {
      guard let actual = values(filter.name) else {
        throw EC2Errors.service("InvalidParameterValue", "The filter '\(filter.name)' is invalid")
      }
      let hit = filter.values.contains { pattern in actual.contains { Glob.matches(pattern, $0) } }
      if !hit { return false }
    }
    return true
  }

  static func imageValues(_ name: String, image: Image, ownerAlias: String?) -> [String]? {
    if let tagValues = tagValues(name, image.tags) { return tagValues }
    let devices = image.blockDevices
    switch name {
    case "name": return [image.name]
    case "description": return image.description.map { [$0] } ?? []
    case "state": return [image.state.rawValue]
    case "image-id": return [image.id]
    case "owner-id": return [image.ownerId]
    case "owner-alias": return ownerAlias.map { [$0] } ?? []
    case "is-public": return [String(image.isPublic)]
    case "architecture": return image.architecture.map { [$0] } ?? []
    case "platform": return image.platform.map { [$0] } ?? []
    case "source-image-id": return image.sourceImageId.map { [$0] } ?? []
    case "block-device-mapping.snapshot-id": return devices.compactMap(\.snapshotId)
    case "block-device-mapping.encrypted": return devices.compactMap { $0.encrypted.map(String.init) }
    case "block-device-mapping.volume-size": return devices.compactMap { $0.volumeSize.map(String.init) }
    default: return nil
    }
  }

  static func snapshotValues(_ name: String, snapshot: Snapshot) -> [String]? {
    if let tagValues = tagValues(name, snapshot.tags) { return tagValues }
    switch name {
    case "snapshot-id": return [snapshot.id]
    case "status": return [snapshot.state.rawValue]
    case "description": return snapshot.description.map { [$0] } ?? []
    case "owner-id": return [snapshot.ownerId]
    case "encrypted": return [String(snapshot.encrypted)]
    case "volume-id": return snapshot.volumeId.map { [$0] } ?? []
    case "volume-size": return snapshot.volumeSize.map { [String($0)] } ?? []
    case "kms-key-id": return snapshot.kmsKeyId.map { [$0] } ?? []
    case "outpost-arn": return snapshot.outpostArn.map { [$0] } ?? []
    case "progress": return snapshot.progress.map { ["\($0)%"] } ?? []
    default: return nil
    }
  }

  /// `tag:KEY` (the tag's value), `tag-key` (any key), `tag-value` (any value).
  private static func tagValues(_ name: String, _ tags: [Tag]) -> [String]? {
    if name.hasPrefix("tag:") {
      let key = String(name.dropFirst(4))
      return tags.filter { $0.key == key }.map(\.value)
    }
    switch name {
    case "tag-key": return tags.map(\.key)
    case "tag-value": return tags.map(\.value)
    default: return nil
    }
  }
}
