import AWSClient
import FerryCloud
import Foundation
import Testing

// MARK: - Partitions

@Test(arguments: [
  ("us-east-1", "aws"), ("eu-west-1", "aws"), ("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov"),
  ("us-iso-east-1", "aws-iso"), ("us-isob-east-1", "aws-iso-b"), ("eu-isoe-west-1", "aws-iso-e"),
  ("us-isof-south-1", "aws-iso-f"), ("eusc-de-east-1", "aws-eusc"), ("xx-foo-1", "aws"),
])
func partitionOfRegion(region: String, partition: String) {
  #expect(EndpointResolver.partition(of: region).id == partition)
}

@Test(arguments: [
  (AWSService.ec2, "us-east-1", false, false, "https://ec2.us-east-1.amazonaws.com"),
  (.ec2, "cn-north-1", false, false, "https://ec2.cn-north-1.amazonaws.com.cn"),
  (.ec2, "eusc-de-east-1", false, false, "https://ec2.eusc-de-east-1.amazonaws.eu"),
  (.ec2, "us-east-1", false, true, "https://ec2.us-east-1.api.aws"),
  (.ec2, "us-east-1", true, false, "https://ec2-fips.us-east-1.amazonaws.com"),
  (.ec2, "us-gov-west-1", true, false, "https://ec2.us-gov-west-1.amazonaws.com"),
  (.ec2, "us-east-1", true, true, "https://ec2-fips.us-east-1.api.aws"),
  (.kms, "eu-west-1", false, false, "https://kms.eu-west-1.amazonaws.com"),
  (.outposts, "us-west-2", false, false, "https://outposts.us-west-2.amazonaws.com"),
])
func endpoints(service: AWSService, region: String, fips: Bool, dualStack: Bool, url: String) throws {
  let resolver = EndpointResolver(useFIPS: fips, useDualStack: dualStack)
  #expect(try resolver.endpoint(for: service, region: region).absoluteString == url)
}

@Test func anOverrideWinsAndRefusesFIPS() throws {
  let override = try #require(URL(string: "http://127.0.0.1:5000"))
  #expect(try EndpointResolver(overrides: [.ec2: override]).endpoint(for: .ec2, region: "us-east-1") == override)
  #expect(
    try EndpointResolver(overrides: [.ec2: override]).endpoint(for: .kms, region: "us-east-1").host
      == "kms.us-east-1.amazonaws.com")
  #expect(throws: AWSError.self) {
    try EndpointResolver(overrides: [.ec2: override], useFIPS: true).endpoint(for: .ec2, region: "us-east-1")
  }
  #expect(throws: AWSError.self) { try EndpointResolver().endpoint(for: .ec2, region: "") }
}

// MARK: - Loopback

@Test(arguments: [
  ("127.0.0.1", true), ("127.8.9.10", true), ("localhost", true), ("LOCALHOST", true), ("::1", true), ("[::1]", true),
  ("128.0.0.1", false), ("127.0.0.1.example.com", false), ("10.0.0.1", false), ("example.com", false),
  ("127.0.0.256", false),
])
func loopbackHosts(host: String, loopback: Bool) {
  #expect(LoopbackPolicy.isLoopback(host: host) == loopback)
}
