import AWSSigning
import FerryCloud
import FerryRules
import Foundation
import Logging

/// The real AWS account: every `AWSAccount` call as a signed HTTPS request to EC2, STS, KMS or Outposts.
///
/// Built from a credentials source and the resolved configuration; the CLI and TUI see only
/// `AWSAccount`. Retries, clock skew, the retry quota and the wire log live in the shared
/// `ServiceClient`, so concurrent calls share one budget.
public struct LiveAccount: AWSAccount {
  public let configuration: LiveAccountConfiguration
  let client: ServiceClient
  let credentials: any CredentialProvider
  let signer: any RequestSigning
  let makeToken: @Sendable () -> String

  /// - Parameters:
  ///   - transport: the HTTP transport; `CurlTransport(caBundle:)` outside tests.
  ///   - makeToken: the ClientToken for a CopyImage that has none (a UUID).
  public init(
    configuration: LiveAccountConfiguration, credentials: any CredentialProvider, signer: any RequestSigning,
    transport: any HTTPTransport, wireLog: WireLog? = nil, logger: Logger? = nil,
    sleeper: any Sleeper = TaskSleeper(), random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
    now: @escaping @Sendable () -> Date = { Date() },
    makeToken: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }
  ) {
    self.configuration = configuration
    self.credentials = credentials
    self.signer = signer
    self.makeToken = makeToken
    self.client = ServiceClient(
      endpoints: EndpointResolver(
        overrides: configuration.endpointOverrides, useFIPS: configuration.useFIPS,
        useDualStack: configuration.useDualStack),
      retryPolicy: RetryPolicy(maxAttempts: configuration.maxAttempts), timeout: configuration.timeout,
      credentialsLabel: configuration.credentialsLabel,
      dependencies: .init(
        transport: transport, signer: signer, credentials: credentials, sleeper: sleeper, random: random, now: now,
        wireLog: wireLog, logger: logger))
  }

  public func identity() async throws -> AccountIdentity {
    let request = ServiceRequest.query(
      .sts, region: configuration.region, action: "GetCallerIdentity", version: "2011-06-15",
      pairs: [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")])
    let root = try await xml(request)
    return AccountIdentity(
      accountId: try ResultDecoder.callerAccount(root),
      partition: EndpointResolver.partition(of: configuration.region).id, profile: configuration.profile,
      region: configuration.region, endpoint: configuration.endpointOverrides[.ec2]?.absoluteString)
  }

  /// Sends an EC2 Query call and parses the answer's XML.
  func ec2(
    _ action: String, region: String, parameters: [String: APIValue], subject: String? = nil, idempotent: Bool = true
  ) async throws -> XMLElement {
    let pairs = EC2QuerySerializer(action: action).pairs(parameters)
    var request = ServiceRequest.query(
      .ec2, region: region, action: action, version: EC2QuerySerializer.ec2Version, pairs: pairs)
    request.subject = subject
    request.isIdempotent = idempotent
    return try await xml(request)
  }

  func xml(_ request: ServiceRequest) async throws -> XMLElement {
    let response = try await client.send(request)
    return try XMLTreeParser.parse(response.body, context: "\(request.operation) in \(request.region)").root
  }
}
