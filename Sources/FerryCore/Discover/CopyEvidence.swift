import FerryCloud
import FerryRules
import Foundation

/// Tells a copy from an AMI or snapshot made some other way, from what DescribeImages and
/// DescribeSnapshots report.
///
/// Pure.
///
/// - An AMI copy names its source: `sourceImageId` (and `sourceImageRegion`). ferry's copies also carry
///   the `ferry:client-token` tag. A pending AMI with neither (CreateImage, RegisterImage) is not a copy.
/// - A snapshot reports no source. A copy is told by ferry's tag, by EBS's default description
///   (`[Copied snap-… from REGION]`, which a copy given its own description does not have), or by
///   the placeholder volume id EBS gives copies (`vol-ffffffff`; AWS documents a copy's volume id as
///   arbitrary, so this is evidence, not a promise). A snapshot EBS made for an AMI copy
///   (`Copied for DestinationAmi ami-…`) belongs to that AMI and is folded into it.
public enum CopyEvidence {
  /// The placeholder volume id of a copied snapshot.
  public static let copiedVolumeId = "vol-ffffffff"

  /// The AMI as a copy found in the account, or `nil` when nothing says it is a copy.
  public static func copy(of image: Image) -> DiscoveredCopy? {
    let token = tokenTag(image.tags)
    let evidence: DiscoveredCopy.Evidence
    if token != nil {
      evidence = .clientTokenTag
    } else if image.sourceImageId != nil {
      evidence = .sourceImage
    } else {
      return nil
    }
    var copy = DiscoveredCopy(
      resource: .image, resourceId: image.id, region: image.region, state: image.state.rawValue,
      clientToken: token, sourceId: image.sourceImageId, sourceRegion: image.sourceRegion, label: image.name,
      evidence: evidence, snapshotIds: image.blockDevices.compactMap(\.snapshotId))
    copy.startedAt = date(image.creationDate)
    return copy
  }

  /// The snapshot as a copy found in the account, or `nil` when nothing says it is a copy (or it was
  /// made for an AMI copy, which is listed instead).
  public static func copy(of snapshot: Snapshot) -> DiscoveredCopy? {
    if imageCopyOf(snapshot) != nil { return nil }
    let token = tokenTag(snapshot.tags)
    let source = copiedSource(snapshot.description)
    let evidence: DiscoveredCopy.Evidence
    if token != nil {
      evidence = .clientTokenTag
    } else if source != nil {
      evidence = .copiedDescription
    } else if snapshot.volumeId == copiedVolumeId {
      evidence = .copiedVolume
    } else {
      return nil
    }
    var copy = DiscoveredCopy(
      resource: .snapshot, resourceId: snapshot.id, region: snapshot.region, state: snapshot.state.rawValue,
      progress: snapshot.progress, clientToken: token, sourceId: source?.id, sourceRegion: source?.region,
      label: snapshot.description, evidence: evidence)
    copy.startedAt = date(snapshot.startTime)
    return copy
  }

  /// EC2's ISO 8601 time (`2026-11-26T15:25:38.000Z`, milliseconds optional).
  static func date(_ text: String?) -> Date? {
    guard let text else { return nil }
    return (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
      ?? (try? Date(text, strategy: Date.ISO8601FormatStyle()))
  }

  /// The AMI a snapshot was made for, from EBS's description `Copied for DestinationAmi ami-… …`.
  public static func imageCopyOf(_ snapshot: Snapshot) -> String? {
    guard let text = snapshot.description, text.hasPrefix(destinationAmiPrefix) else { return nil }
    let id = text.dropFirst(destinationAmiPrefix.count).prefix { $0 != " " }
    return id.hasPrefix("ami-") ? String(id) : nil
  }

  /// The source of `[Copied snap-… from REGION]…`.
  static func copiedSource(_ description: String?) -> (id: String, region: String)? {
    guard let text = description, text.hasPrefix("[Copied "), let close = text.firstIndex(of: "]") else { return nil }
    let words = text[text.index(text.startIndex, offsetBy: 8)..<close].split(separator: " ")
    guard words.count == 3, words[0].hasPrefix("snap-"), words[1] == "from" else { return nil }
    return (String(words[0]), String(words[2]))
  }

  private static let destinationAmiPrefix = "Copied for DestinationAmi "

  private static func tokenTag(_ tags: [Tag]) -> String? {
    tags.first { $0.key == ClientTokenTag.key }?.value
  }
}
