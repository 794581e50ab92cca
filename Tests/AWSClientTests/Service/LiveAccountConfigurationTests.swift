import AWSClient
import FerryCloud
import Foundation
import Testing

// MARK: - From the resolved configuration

@Test func theResolvedConfigurationMapsOntoTheAccount() throws {
  let endpoint = try #require(URL(string: "http://127.0.0.1:4566"))
  let resolved = AWSConfiguration(
    profileName: "prod", profileFromCommandLine: true, region: "eu-central-1", endpointURL: endpoint,
    caBundlePath: "/etc/ca.pem", maxAttempts: 5, useFIPSEndpoint: true)
  let configuration = LiveAccountConfiguration(resolved)
  #expect(configuration.region == "eu-central-1")
  #expect(configuration.endpointOverrides == [.ec2: endpoint, .sts: endpoint, .kms: endpoint, .outposts: endpoint])
  #expect(configuration.caBundle == "/etc/ca.pem")
  #expect(configuration.maxAttempts == 5)
  #expect(configuration.profile == "prod")
  #expect(configuration.credentialsLabel == "profile prod")
  #expect(configuration.useFIPS)
  #expect(!configuration.useDualStack)
}

@Test func defaultsAreStandardRetriesAndNoOverride() {
  let configuration = LiveAccountConfiguration(AWSConfiguration())
  #expect(configuration.maxAttempts == 3)
  #expect(configuration.endpointOverrides.isEmpty)
  #expect(configuration.region == "")
}

@Test func aMissingRegionFailsTheFirstCallClearly() async {
  let transport = ScriptedTransport([Answers.regions])
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(AWSConfiguration()), credentials: StaticCredentials(),
    signer: SigV4RequestSigner(), transport: transport)
  let error = await #expect(throws: AWSError.self) { try await account.identity() }
  #expect(error?.code == "MissingRegion")
  #expect(error?.kind == .configuration)
  #expect(transport.requests.isEmpty)
}

// MARK: - The shared retry quota

@Test func retriesSpendTheQuotaAndSuccessGivesTheLastCostBack() async throws {
  let transport = ScriptedTransport([
    Answers.ec2Error(503, code: "RequestLimitExceeded"), Answers.ec2Error(503, code: "RequestLimitExceeded"),
    Answers.regions,
    Answers.regions,
  ])
  let client = ServiceClient(
    endpoints: EndpointResolver(), credentialsLabel: "test",
    dependencies: .init(
      transport: transport, signer: SigV4RequestSigner(), credentials: StaticCredentials(), sleeper: RecordingSleeper(),
      random: { 0 }, now: { Answers.vectorDate }))
  let request = ServiceRequest.query(
    .ec2, region: "us-east-1", action: "DescribeRegions", version: "2016-11-15",
    pairs: [("Action", "DescribeRegions"), ("Version", "2016-11-15")])
  _ = try await client.send(request)
  #expect(await client.availableRetryQuota == 495)
  _ = try await client.send(request)
  #expect(await client.availableRetryQuota == 496)
}
