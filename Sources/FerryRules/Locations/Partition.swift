/// An AWS partition: a group of Regions that share a DNS suffix and that nothing copies across.
///
/// The table and the Region patterns follow botocore's `data/partitions.json` (version 1.1):
/// a Region belongs to the first partition whose pattern it matches.
public struct Partition: Sendable, Equatable, Hashable {
  public var id: String
  /// The Region-name prefix the pattern `^PREFIX-\w+-\d+$` starts with.
  public var regionPrefix: String
  public var dnsSuffix: String
  public var dualStackDnsSuffix: String

  public static let aws = Partition(id: "aws", regionPrefix: "", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws")
  public static let all: [Partition] = [
    .aws,
    Partition(id: "aws-cn", regionPrefix: "cn", dnsSuffix: "amazonaws.com.cn", dualStackDnsSuffix: "api.amazonwebservices.com.cn"),
    Partition(id: "aws-eusc", regionPrefix: "eusc-de", dnsSuffix: "amazonaws.eu", dualStackDnsSuffix: "api.amazonwebservices.eu"),
    Partition(id: "aws-iso", regionPrefix: "us-iso", dnsSuffix: "c2s.ic.gov", dualStackDnsSuffix: "api.aws.ic.gov"),
    Partition(id: "aws-iso-b", regionPrefix: "us-isob", dnsSuffix: "sc2s.sgov.gov", dualStackDnsSuffix: "api.aws.scloud"),
    Partition(id: "aws-iso-e", regionPrefix: "eu-isoe", dnsSuffix: "cloud.adc-e.uk", dualStackDnsSuffix: "api.cloud-aws.adc-e.uk"),
    Partition(id: "aws-iso-f", regionPrefix: "us-isof", dnsSuffix: "csp.hci.ic.gov", dualStackDnsSuffix: "api.aws.hci.ic.gov"),
    Partition(id: "aws-us-gov", regionPrefix: "us-gov", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws"),
  ]
}
