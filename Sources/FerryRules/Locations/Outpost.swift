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

  /// An Outpost known only by its ARN (`arn:PARTITION:outposts:REGION:ACCOUNT:outpost/op-…`);
  /// `nil` when the text is not an Outpost ARN.
  ///
  /// Its name is its id until a catalog says otherwise.
  public init?(arn text: String) {
    guard let arn = ARN(text), arn.service == "outposts", arn.hasAccountShape,
      RegionName.hasRegionShape(arn.region), arn.resource.hasPrefix("outpost/op-")
    else { return nil }
    let id = String(arn.resource.dropFirst("outpost/".count))
    let hex = id.utf8.dropFirst(3)
    guard hex.count == 17 || hex.count == 8, hex.allSatisfy(Identifier.isLowerHex) else { return nil }
    self.init(arn: text, id: id, name: id, region: arn.region, account: arn.account)
  }
}
