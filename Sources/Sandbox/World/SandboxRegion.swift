import FerryRules

/// One Region of the sandbox account: its DescribeRegions entry and the partition it belongs to.
///
/// The partition decides which Regions a DescribeRegions call lists and which ARNs the Region's
/// resources carry (`arn:aws:…`, `arn:aws-cn:…`).
public struct SandboxRegion: Sendable, Equatable {
  public var entry: RegionEntry
  /// The partition id (`aws`, `aws-cn`).
  public var partition: String

  public init(_ name: String, partition: String = "aws", optIn: RegionEntry.OptIn = .notRequired) {
    self.entry = RegionEntry(name: name, optIn: optIn)
    self.partition = partition
  }

  public var name: String { entry.name }
  /// A call to a Region the account has not enabled fails (EC2 answers `AuthFailure`).
  public var isEnabled: Bool { entry.optIn != .notOptedIn }
}
