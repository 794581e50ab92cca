/// An Amazon Resource Name split into its fields: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
///
/// Pure parsing, no validation of the service-specific resource part.
/// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
public struct ARN: Sendable, Equatable, Hashable {
  public var partition: String
  public var service: String
  public var region: String
  public var account: String
  /// Everything after the fifth colon (`outpost/op-…`, `key/…`, `alias/…`).
  public var resource: String

  /// Parses `text`, or returns `nil` when it does not have the six colon-separated fields.
  public init?(_ text: String) {
    guard text.hasPrefix("arn:") else { return nil }
    let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard fields.count == 6, !fields[1].isEmpty, !fields[2].isEmpty, !fields[5].isEmpty else { return nil }
    partition = String(fields[1])
    service = String(fields[2])
    region = String(fields[3])
    account = String(fields[4])
    resource = String(fields[5])
  }

  /// Whether `account` is twelve digits, as every AWS account id is.
  public var hasAccountShape: Bool {
    account.utf8.count == 12 && account.utf8.allSatisfy(RegionName.isDigit)
  }
}
