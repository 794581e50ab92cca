import FerryRules

/// One AWS account as ferry sees it: the real one over HTTPS (`AWSClient`) or the built-in sandbox.
///
/// Everything above this protocol — the journal, the poller, the CLI and the TUI — is the same code
/// for both. Each call names the Region whose endpoint it goes to. Errors are `AWSError`.
public protocol AWSAccount: Sendable {
  /// Who this is: account id, partition, profile, endpoint. Used in headers and `ferry info`.
  func identity() async throws -> AccountIdentity

  /// DescribeRegions with AllRegions=true.
  func regions(from region: String) async throws -> [RegionEntry]
  /// DescribeAvailabilityZones with AllAvailabilityZones=true.
  func zones(in region: String) async throws -> [Zone]
  /// Outposts ListOutposts.
  func outposts(in region: String) async throws -> [Outpost]

  /// One page of DescribeImages.
  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image>
  /// One page of DescribeSnapshots.
  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot>

  /// Sends a planned CopyImage or CopySnapshot. A call with DryRun=true that would have succeeded
  /// throws `AWSError` with code `DryRunOperation`.
  func copy(_ call: APICall) async throws -> CopyOutcome
  /// DeregisterImage (cancels a pending AMI copy).
  func deregisterImage(_ imageId: String, in region: String) async throws
  /// DeleteSnapshot (cancels a pending snapshot copy).
  func deleteSnapshot(_ snapshotId: String, in region: String) async throws

  /// KMS ListKeys + ListAliases, merged: every key of the Region with its aliases.
  func kmsKeys(in region: String) async throws -> [KMSKey]
  /// KMS DescribeKey on a key id, alias, key ARN or alias ARN.
  func describeKey(_ keyId: String, in region: String) async throws -> KMSKey
}

/// Who the account is and how ferry reaches it.
///
/// Never holds a secret.
public struct AccountIdentity: Sendable, Equatable, Codable {
  public var accountId: String
  public var partition: String
  /// The profile in use, if any.
  public var profile: String?
  /// The Region ferry starts in.
  public var region: String
  /// A custom endpoint, if one is configured; `nil` means the partition's own.
  public var endpoint: String?
  /// True for the built-in simulated account.
  public var isSandbox: Bool

  public init(
    accountId: String, partition: String, profile: String? = nil, region: String,
    endpoint: String? = nil, isSandbox: Bool = false
  ) {
    self.accountId = accountId
    self.partition = partition
    self.profile = profile
    self.region = region
    self.endpoint = endpoint
    self.isSandbox = isSandbox
  }
}

/// One page of a paged listing.
public struct Page<Item: Sendable>: Sendable {
  public var items: [Item]
  /// `nil` when there are no more pages.
  public var nextToken: String?

  public init(items: [Item], nextToken: String?) {
    self.items = items
    self.nextToken = nextToken
  }
}

/// The answer to a copy call.
public struct CopyOutcome: Sendable, Equatable, Codable {
  /// The new `ami-…` or `snap-…`.
  public var resourceId: String
  public var requestId: String?

  public init(resourceId: String, requestId: String? = nil) {
    self.resourceId = resourceId
    self.requestId = requestId
  }
}
