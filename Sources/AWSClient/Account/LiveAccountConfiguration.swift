import Foundation

/// What the real account needs to know, as the config layer resolved it (flags, env, `~/.aws/config`).
///
/// Holds no secret. Pure value type.
public struct LiveAccountConfiguration: Sendable, Equatable {
  /// The Region ferry starts in (identity, Region listing).
  public var region: String
  /// Custom endpoints by service (`--endpoint-url`, `AWS_ENDPOINT_URL_EC2`, …), already chosen in the AWS order.
  public var endpointOverrides: [AWSService: URL]
  /// `AWS_CA_BUNDLE` / `ca_bundle`.
  public var caBundle: String?
  /// `AWS_MAX_ATTEMPTS` / `max_attempts`; standard mode's 3 when unset.
  public var maxAttempts: Int
  /// The profile in use, if any.
  public var profile: String?
  /// Where the credentials come from, named for error messages ("profile prod", "environment variables").
  public var credentialsLabel: String
  public var useFIPS: Bool
  public var useDualStack: Bool
  /// How long one HTTP attempt may take.
  public var timeout: Duration

  public init(
    region: String, endpointOverrides: [AWSService: URL] = [:], caBundle: String? = nil, maxAttempts: Int = 3,
    profile: String? = nil, credentialsLabel: String? = nil, useFIPS: Bool = false, useDualStack: Bool = false,
    timeout: Duration = .seconds(60)
  ) {
    self.region = region
    self.endpointOverrides = endpointOverrides
    self.caBundle = caBundle
    self.maxAttempts = maxAttempts
    self.profile = profile
    self.credentialsLabel = credentialsLabel ?? profile.map { "profile \($0)" } ?? "the default credential chain"
    self.useFIPS = useFIPS
    self.useDualStack = useDualStack
    self.timeout = timeout
  }

  /// The same custom endpoint for every service (moto, LocalStack, a VPC endpoint proxy).
  public static func overridingAll(with url: URL) -> [AWSService: URL] {
    Dictionary(uniqueKeysWithValues: AWSService.allCases.map { ($0, url) })
  }
}

extension LiveAccountConfiguration {
  /// The configuration the config layer resolved (flags, environment, `~/.aws/config`).
  ///
  /// The one endpoint override goes to every service ferry calls: pointing EC2 at a test server while
  /// KMS, STS and Outposts still reached AWS would mix two accounts in one screen. A missing Region
  /// stays empty, and the first call then fails with "No Region is configured".
  public init(_ resolved: AWSConfiguration, timeout: Duration = .seconds(60)) {
    self.init(
      region: resolved.region ?? "",
      endpointOverrides: resolved.endpointURL.map(Self.overridingAll) ?? [:], caBundle: resolved.caBundlePath,
      maxAttempts: resolved.maxAttempts ?? RetryPolicy.standard.maxAttempts, profile: resolved.profileName,
      credentialsLabel: "profile \(resolved.profileName)", useFIPS: resolved.useFIPSEndpoint,
      useDualStack: resolved.useDualStackEndpoint, timeout: timeout)
  }
}
