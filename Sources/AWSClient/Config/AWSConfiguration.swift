import Foundation

/// Everything ferry takes from the AWS CLI's settings, resolved once: profile, Region, endpoint override,
/// CA bundle, retry settings.
///
/// Built by ``resolve(options:environment:files:)`` from the command line, the environment and the
/// config files, in the AWS CLI's order of precedence; the CLI builds it once and hands it to the client.
/// It never holds a key or a token (credentials come from ``CredentialChain``), so it is safe to print.
public struct AWSConfiguration: Sendable, Equatable, CustomStringConvertible {
  /// The options given on ferry's command line, which beat every other source.
  public struct CommandLineOptions: Sendable, Equatable {
    public var profile: String?
    public var region: String?
    public var endpointURL: String?

    public init(profile: String? = nil, region: String? = nil, endpointURL: String? = nil) {
      self.profile = profile
      self.region = region
      self.endpointURL = endpointURL
    }
  }

  /// The profile in use: `--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, else `default`.
  public var profileName: String
  /// True when `--profile` named it; botocore then leaves environment keys out of the credential chain.
  public var profileFromCommandLine: Bool
  /// `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`; nil when none is set.
  public var region: String?
  /// Where `region` came from, for messages ("AWS_REGION", "profile dev in ~/.aws/config").
  public var regionSource: String?
  /// An endpoint override for EC2, or nil for the partition's endpoint.
  public var endpointURL: URL?
  public var endpointSource: String?
  /// `AWS_CA_BUNDLE` or the profile's `ca_bundle`: a PEM file to trust instead of the system roots.
  public var caBundlePath: String?
  /// `AWS_MAX_ATTEMPTS` or `max_attempts`.
  public var maxAttempts: Int?
  /// `AWS_RETRY_MODE` or `retry_mode` (`legacy`, `standard`, `adaptive`).
  public var retryMode: String?
  public var useFIPSEndpoint: Bool
  public var useDualStackEndpoint: Bool

  public init(
    profileName: String = "default", profileFromCommandLine: Bool = false, region: String? = nil,
    regionSource: String? = nil, endpointURL: URL? = nil, endpointSource: String? = nil,
    caBundlePath: String? = nil, maxAttempts: Int? = nil, retryMode: String? = nil,
    useFIPSEndpoint: Bool = false, useDualStackEndpoint: Bool = false
  ) {
    self.profileName = profileName
    self.profileFromCommandLine = profileFromCommandLine
    self.region = region
    self.regionSource = regionSource
    self.endpointURL = endpointURL
    self.endpointSource = endpointSource
    self.caBundlePath = caBundlePath
    self.maxAttempts = maxAttempts
    self.retryMode = retryMode
    self.useFIPSEndpoint = useFIPSEndpoint
    self.useDualStackEndpoint = useDualStackEndpoint
  }

  public var description: String {
    var parts = ["profile \(profileName)"]
    parts.append("region \(region ?? "(none)")" + (regionSource.map { " from \($0)" } ?? ""))
    if let endpointURL { parts.append("endpoint \(endpointURL.absoluteString) from \(endpointSource ?? "?")") }
    if let caBundlePath { parts.append("CA bundle \(caBundlePath)") }
    return parts.joined(separator: ", ")
  }
}
