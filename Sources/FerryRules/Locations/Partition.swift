/// An AWS partition: a group of Regions that share a DNS suffix and that nothing copies across.
///
/// The table and the Region patterns follow botocore's `data/partitions.json` (version 1.1):
/// a Region belongs to the first partition whose pattern it matches, in file order. Matching uses
/// hand-written matchers (`RegionName`), never regular expressions: it runs on every keystroke.
public struct Partition: Sendable, Equatable, Hashable {
  public var id: String
  /// The Region-name prefix the pattern `^PREFIX-\w+-\d+$` starts with; empty for `aws`,
  /// whose pattern lists several (`awsRegionPrefixes`).
  public var regionPrefix: String
  public var dnsSuffix: String
  public var dualStackDnsSuffix: String

  /// The prefixes of the `aws` partition's pattern `^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`.
  public static let awsRegionPrefixes = ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]

  public static let aws = Partition(
    id: "aws", regionPrefix: "", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws")
  /// Every partition, in the order of botocore's `partitions.json`.
  public static let all: [Partition] = [
    .aws,
    Partition(
      id: "aws-cn", regionPrefix: "cn", dnsSuffix: "amazonaws.com.cn",
      dualStackDnsSuffix: "api.amazonwebservices.com.cn"),
    Partition(
      id: "aws-eusc", regionPrefix: "eusc-de", dnsSuffix: "amazonaws.eu", dualStackDnsSuffix: "api.amazonwebservices.eu"
    ),
    Partition(id: "aws-iso", regionPrefix: "us-iso", dnsSuffix: "c2s.ic.gov", dualStackDnsSuffix: "api.aws.ic.gov"),
    Partition(
      id: "aws-iso-b", regionPrefix: "us-isob", dnsSuffix: "sc2s.sgov.gov", dualStackDnsSuffix: "api.aws.scloud"),
    Partition(
      id: "aws-iso-e", regionPrefix: "eu-isoe", dnsSuffix: "cloud.adc-e.uk",
      dualStackDnsSuffix: "api.cloud-aws.adc-e.uk"),
    Partition(
      id: "aws-iso-f", regionPrefix: "us-isof", dnsSuffix: "csp.hci.ic.gov", dualStackDnsSuffix: "api.aws.hci.ic.gov"),
    Partition(id: "aws-us-gov", regionPrefix: "us-gov", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws"),
  ]

  /// How a Region name maps to a partition.
  public enum Match: Sendable, Equatable {
    /// The name matches this partition's pattern.
    case known(Partition)
    /// The name has a Region's shape but matches no pattern; botocore then uses `aws`, and so does ferry.
    case fallback(Partition)
    /// The name does not have a Region's shape (`xx-name-1`).
    case invalid
  }

  /// The partition of a Region name, checked in `partitions.json` order.
  public static func of(region name: String) -> Match {
    guard RegionName.hasRegionShape(name) else { return .invalid }
    for partition in all where partition.matches(region: name) {
      return .known(partition)
    }
    return .fallback(.aws)
  }

  /// The partition with this id (`aws-cn`), if ferry knows it.
  public static func named(_ id: String) -> Partition? { all.first { $0.id == id } }

  /// Whether `name` matches this partition's `regionRegex`.
  public func matches(region name: String) -> Bool {
    if regionPrefix.isEmpty {
      return Partition.awsRegionPrefixes.contains { RegionName.matches(name, prefix: $0) }
    }
    return RegionName.matches(name, prefix: regionPrefix)
  }
}

extension Partition.Match {
  /// The partition botocore would use, or `nil` for a name that is not a Region's.
  public var partition: Partition? {
    switch self {
    case .known(let partition), .fallback(let partition): partition
    case .invalid: nil
    }
  }
}
