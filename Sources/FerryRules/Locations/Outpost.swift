/// An AWS Outpost: its ARN names its Region and owning account.
public struct Outpost: Sendable, Equatable, Hashable, Codable {
  public var arn: String
  public var id: String
  public var name: String
  /// The Region field of the ARN.
  public var region: String
  /// The account field of the ARN.
  public var account: String
  public var availabilityZone: String?

  public init(arn: String, id: String, name: String, region: String, account: String, availabilityZone: String? = nil) {
    self.arn = arn
    self.id = id
    self.name = name
    self.region = region
    self.account = account
    self.availabilityZone = availabilityZone
  }
}
