import FerryCloud
import FerryRules
import Foundation

/// A copy in flight found in the account, whoever started it, and whether this journal knows it.
public struct DiscoveredCopy: Sendable, Equatable {
  /// What says the resource is a copy rather than a new AMI or snapshot.
  public enum Evidence: String, Sendable, Equatable {
    /// ferry's `ferry:client-token` tag (ferry on any machine).
    case clientTokenTag = "client-token-tag"
    /// DescribeImages' `sourceImageId` (any AMI copy).
    case sourceImage = "source-image"
    /// EBS's default description of a snapshot copy, `[Copied snap-… from REGION]`.
    case copiedDescription = "copied-description"
    /// The placeholder volume id EBS gives every snapshot copy, `vol-ffffffff`.
    case copiedVolume = "copied-volume"
    /// Nothing but the operator: `ferry watch ID` follows any AMI or snapshot, as `aws ec2 wait` does.
    case named
  }

  public var resource: Resource
  /// The new `ami-…` or `snap-…`.
  public var resourceId: String
  /// The Region whose endpoint lists it (a Local Zone's or Outpost's parent).
  public var region: String
  /// EC2's state: `pending` when found.
  public var state: String
  /// Percent done, where EC2 says (a snapshot's own, an AMI's from its pending snapshots).
  public var progress: Int?
  /// The `ferry:client-token` tag's value, when tagged.
  public var clientToken: String?
  /// The source's id and Region, where EC2 tells them.
  public var sourceId: String?
  public var sourceRegion: String?
  /// The AMI's name, or the snapshot's description.
  public var label: String?
  /// When EC2 says the copy began (the snapshot's `startTime`, the AMI's `creationDate`), where it does.
  public var startedAt: Date?
  public var evidence: Evidence
  /// The journal's local id (`cp-…`) when this journal knows the copy; `nil` when not.
  public var journalId: String?
  /// For an AMI: its snapshots' ids, so a snapshot copy made for it is not listed twice.
  public var snapshotIds: [String]

  public var isKnown: Bool { journalId != nil }

  public init(
    resource: Resource, resourceId: String, region: String, state: String, progress: Int? = nil,
    clientToken: String? = nil, sourceId: String? = nil, sourceRegion: String? = nil, label: String? = nil,
    evidence: Evidence, journalId: String? = nil, snapshotIds: [String] = []
  ) {
    self.resource = resource
    self.resourceId = resourceId
    self.region = region
    self.state = state
    self.progress = progress
    self.clientToken = clientToken
    self.sourceId = sourceId
    self.sourceRegion = sourceRegion
    self.label = label
    self.evidence = evidence
    self.journalId = journalId
    self.snapshotIds = snapshotIds
  }
}
