/// Which source → destination copies EC2 supports, for AMIs (CopyImage) and snapshots (CopySnapshot).
///
/// Implements the route lists of the 2025-08-28 API update (`shared/seed/ec2-copyimage-copysnapshot-2025-08-28.txt`):
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html and
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopySnapshot.html.
/// Usable alone: the TUI's destination list dims the rows whose verdict is `.unsupported`, showing
/// the reason. Pure and allocation-light; no I/O.
public enum Routes {
  /// The findings about copying `resource` from `source` to `destination`: empty when the route is
  /// supported outright, a warning when it is supported only in some cases, an error when it is not.
  public static func check(_ resource: Resource, from source: Location, to destination: Location) -> [Finding] {
    guard let finding = finding(resource, from: source, to: destination) else { return [] }
    return [finding]
  }

  /// The verdict on one route, with the reason when it is not plainly supported.
  public static func verdict(_ resource: Resource, from source: Location, to destination: Location) -> RouteVerdict {
    guard let finding = finding(resource, from: source, to: destination) else { return .supported }
    return finding.severity == .error ? .unsupported(finding) : .conditional(finding)
  }

  static func finding(_ resource: Resource, from source: Location, to destination: Location) -> Finding? {
    let sourcePartition = Partition.of(region: source.regionName).partition
    let destinationPartition = Partition.of(region: destination.regionName).partition
    if let sourcePartition, let destinationPartition, sourcePartition != destinationPartition {
      return crossPartition(resource, source: sourcePartition, destination: destinationPartition)
    }
    switch resource {
    case .image: return imageRoute(from: source, to: destination)
    case .snapshot: return snapshotRoute(from: source, to: destination)
    }
  }

  private static func crossPartition(_ resource: Resource, source: Partition, destination: Partition) -> Finding {
    let what =
      resource == .image
      ? "CopyImage does not copy across partitions (\(source.id) → \(destination.id)): use CreateStoreImageTask to store the AMI in S3 and restore it in the other partition."
      : "Snapshots cannot be copied across partitions (\(source.id) → \(destination.id)); copy them within one partition."
    return Finding(.error, "destination", .crossPartition, what)
  }

  /// CopyImage: Region → Region, Region → its Outpost, parent Region → Local Zone, Local Zone → parent
  /// Region, Local Zone → Local Zone with the same parent (only certain Local Zones).
  private static func imageRoute(from source: Location, to destination: Location) -> Finding? {
    switch (source, destination) {
    case (.region, .region):
      return nil
    case (.region(let region), .outpost(let outpost)):
      return region == outpost.region ? nil : regionToOutpostOtherRegion("AMI", region, outpost)
    case (.region(let region), .localZone(let zone)):
      return region == zone.region ? nil : regionToLocalZoneOtherRegion(region, zone)
    case (.localZone(let zone), .region(let region)):
      return region == zone.region ? nil : localZoneToNonParentRegion(zone, region)
    case (.localZone(let from), .localZone(let to)):
      if from.name == to.name {
        // The seed lists copies *between* Local Zones only; within one zone it says nothing. Cautious.
        return Finding(
          .error, "destination", .localZoneToSameLocalZone,
          "CopyImage supports copies between Local Zones, not within one: \(from.name) is both the source and the destination."
        )
      }
      if from.region != to.region {
        return Finding(
          .error, "destination", .localZoneToLocalZoneOtherParent,
          "CopyImage does not copy between Local Zones with different parent Regions (\(from.name) is in \(from.region), \(to.name) in \(to.region)); copy to \(from.region) first."
        )
      }
      return Finding(
        .warning, "destination", .localZoneToLocalZone,
        "Copies between Local Zones with the same parent Region are supported only for certain Local Zones; if EC2 refuses, copy through \(from.region)."
      )
    case (.localZone(let zone), .outpost):
      return localZoneToOutpost(zone)
    case (.outpost(let outpost), _):
      return fromOutpost(outpost, to: destination, what: "an AMI")
    }
  }

  /// CopySnapshot: from a Region within it, to another Region, to its Outposts or its Local Zones; from a
  /// Local Zone within it, to its zone group or to its parent Region; never from an Outpost.
  private static func snapshotRoute(from source: Location, to destination: Location) -> Finding? {
    switch (source, destination) {
    case (.region, .region):
      return nil
    case (.region(let region), .outpost(let outpost)):
      return region == outpost.region ? nil : regionToOutpostOtherRegion("snapshot", region, outpost)
    case (.region(let region), .localZone(let zone)):
      return region == zone.region ? nil : regionToLocalZoneOtherRegion(region, zone)
    case (.localZone(let zone), .region(let region)):
      return region == zone.region ? nil : localZoneToNonParentRegion(zone, region)
    case (.localZone(let from), .localZone(let to)):
      if from.name == to.name || (from.group == to.group && from.region == to.region) { return nil }
      return Finding(
        .error, "destination", .localZoneToOtherZoneGroup,
        "A snapshot in a Local Zone can be copied within that zone, to another Local Zone in the same zone group (\(from.group)) or to its parent Region \(from.region); \(to.name) is in zone group \(to.group)."
      )
    case (.localZone(let zone), .outpost):
      return localZoneToOutpost(zone)
    case (.outpost(let outpost), _):
      return fromOutpost(outpost, to: destination, what: "a snapshot")
    }
  }

  private static func regionToOutpostOtherRegion(_ what: String, _ region: String, _ outpost: Outpost) -> Finding {
    Finding(
      .error, "destination", .regionToOutpostOtherRegion,
      "The \(what) must be in the Region of the destination Outpost: \(outpost.id) belongs to \(outpost.region), the source is in \(region)."
    )
  }

  private static func regionToLocalZoneOtherRegion(_ region: String, _ zone: Zone) -> Finding {
    Finding(
      .error, "destination", .regionToLocalZoneOtherRegion,
      "A copy to a Local Zone must come from its parent Region: \(zone.name)'s parent is \(zone.region), the source is in \(region)."
    )
  }

  private static func localZoneToNonParentRegion(_ zone: Zone, _ region: String) -> Finding {
    Finding(
      .error, "destination", .localZoneToNonParentRegion,
      "A copy from a Local Zone can only go to its parent Region (\(zone.region) for \(zone.name)), not to \(region); copy to \(zone.region) first, then on to \(region)."
    )
  }

  private static func localZoneToOutpost(_ zone: Zone) -> Finding {
    Finding(
      .error, "destination", .localZoneToOutpost,
      "Copies from a Local Zone to an Outpost are not supported; copy from \(zone.name) to \(zone.region) first, then to the Outpost."
    )
  }

  private static func fromOutpost(_ outpost: Outpost, to destination: Location, what: String) -> Finding {
    switch destination {
    case .region:
      return Finding(
        .error, "source", .outpostToRegion,
        "You can't copy \(what) from an Outpost (\(outpost.id)) to a Region; nothing is copied out of an Outpost.")
    case .localZone:
      return Finding(
        .error, "source", .outpostToLocalZone,
        "You can't copy \(what) from an Outpost (\(outpost.id)) to a Local Zone; nothing is copied out of an Outpost.")
    case .outpost(let other) where other.arn == outpost.arn:
      return Finding(
        .error, "source", .outpostToSameOutpost,
        "You can't copy \(what) within the same Outpost (\(outpost.id)).")
    case .outpost:
      return Finding(
        .error, "source", .outpostToOutpost,
        "You can't copy \(what) from one Outpost to another; nothing is copied out of an Outpost.")
    }
  }
}

/// The verdict on one source → destination route.
public enum RouteVerdict: Sendable, Equatable {
  case supported
  /// Supported in some cases only; the finding (a warning) says which.
  case conditional(Finding)
  /// Not supported; the finding (an error) says why.
  case unsupported(Finding)

  /// The sentence to show beside a dimmed or flagged destination, if any.
  public var reason: String? {
    switch self {
    case .supported: nil
    case .conditional(let finding), .unsupported(let finding): finding.message
    }
  }
}
