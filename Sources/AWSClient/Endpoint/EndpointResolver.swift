import FerryCloud
import FerryRules
import Foundation

/// Works out the URL a request goes to: the configured override, else the partition's own endpoint.
///
/// `https://{service}.{region}.{dnsSuffix}`, with FIPS and dual-stack variants as the EC2 endpoint rules
/// give them. The override (already chosen by the config layer in the AWS order) wins and is never
/// rewritten. Pure: no I/O, no environment.
///
/// Spec: botocore `data/partitions.json` and `data/ec2/2016-11-15/endpoint-rule-set-1.json`.
public struct EndpointResolver: Sendable, Equatable {
  public var overrides: [AWSService: URL]
  public var useFIPS: Bool
  public var useDualStack: Bool

  public init(overrides: [AWSService: URL] = [:], useFIPS: Bool = false, useDualStack: Bool = false) {
    self.overrides = overrides
    self.useFIPS = useFIPS
    self.useDualStack = useDualStack
  }

  /// True when `service` goes to a configured endpoint rather than AWS's own.
  public func isOverridden(_ service: AWSService) -> Bool { overrides[service] != nil }

  /// The endpoint for `service` in `region`.
  public func endpoint(for service: AWSService, region: String) throws(AWSError) -> URL {
    if let override = overrides[service] {
      if useFIPS || useDualStack {
        throw AWSError(
          kind: .configuration, code: "InvalidConfiguration",
          message: "A custom endpoint cannot be combined with FIPS or dual-stack endpoints")
      }
      return override
    }
    guard !region.isEmpty else {
      throw AWSError(
        kind: .configuration, code: "MissingRegion",
        message: "No Region is configured: pass --region or set AWS_DEFAULT_REGION")
    }
    let partition = Self.partition(of: region)
    let suffix = useDualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix
    var prefix = service.endpointPrefix
    if useFIPS {
      // aws-us-gov's FIPS EC2 endpoint is the plain one (endpoint rule set, "aws-us-gov" branch).
      if !(partition.id == "aws-us-gov" && service == .ec2 && !useDualStack) { prefix += "-fips" }
    }
    guard let url = URL(string: "https://\(prefix).\(region).\(suffix)") else {
      throw AWSError(
        kind: .configuration, code: "InvalidRegion", message: "\"\(region)\" is not a valid Region name")
    }
    return url
  }

  /// The partition whose Region pattern `region` matches; `aws` when none does, as botocore falls back.
  public static func partition(of region: String) -> Partition {
    for partition in Partition.all where !partition.regionPrefix.isEmpty {
      let head = partition.regionPrefix + "-"
      guard region.hasPrefix(head) else { continue }
      // The rest must be `\w+-\d+`.
      let parts = region.dropFirst(head.count).split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 2, parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !parts[0].isEmpty,
        !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber)
      {
        return partition
      }
    }
    return .aws
  }
}
