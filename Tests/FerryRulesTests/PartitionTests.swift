import FerryRules
import Testing

@Suite struct PartitionTests {
  // MARK: - botocore's patterns, in partitions.json order

  @Test(arguments: [
    ("us-east-1", "aws"), ("eu-west-2", "aws"), ("ap-southeast-5", "aws"), ("il-central-1", "aws"),
    ("mx-central-1", "aws"), ("cn-north-1", "aws-cn"), ("cn-northwest-1", "aws-cn"),
    ("us-gov-west-1", "aws-us-gov"), ("us-gov-east-1", "aws-us-gov"), ("us-iso-east-1", "aws-iso"),
    ("us-isob-east-1", "aws-iso-b"), ("eu-isoe-west-1", "aws-iso-e"), ("us-isof-south-1", "aws-iso-f"),
    ("eusc-de-east-1", "aws-eusc"),
  ])
  func knownRegions(_ region: String, _ partition: String) {
    #expect(Partition.of(region: region) == .known(Partition.named(partition) ?? .aws))
    #expect(Partition.named(partition)?.id == partition)
  }

  @Test(arguments: ["xx-foo-1", "zz-mars-9", "eusc-fr-east-1"])
  func wellShapedButUnknownFallsBackToAWS(_ region: String) {
    #expect(Partition.of(region: region) == .fallback(.aws))
  }

  @Test(arguments: [
    "", "us-east", "us-east-1a", "US-EAST-1", "us_east_1", "us--east-1", "-us-east-1", "us-east-1-", "1a-east-1",
    "us east 1", "us-east-1-bos-1a",
  ])
  func invalidShapes(_ region: String) {
    #expect(Partition.of(region: region) == .invalid)
  }

  @Test func partitionsKeepBotocoreOrder() {
    #expect(
      Partition.all.map(\.id) == [
        "aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov",
      ])
  }

  @Test func regionMatcherFollowsTheRegexExactly() {
    #expect(RegionName.matches("us-gov-west-1", prefix: "us-gov"))
    #expect(!RegionName.matches("us-gov-west-1", prefix: "us"))
    #expect(RegionName.matches("us-east_1x-12", prefix: "us"))
    #expect(!RegionName.matches("us-east-1x", prefix: "us"))
    #expect(!RegionName.matches("us-east-", prefix: "us"))
  }
}
