import AWSSigning
import Foundation

/// The AWS SDKs' default credential chain: the first source that has credentials wins.
///
/// Order, as botocore's resolver (`credentials.py` `create_credential_resolver`): environment (left out
/// when `--profile` named the profile), assume role, web identity, SSO, the profile's static keys,
/// credential_process, container endpoint, EC2 instance metadata. A source that is configured but fails
/// stops the chain with its own error; when none is configured, the error lists every place looked at.
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
public struct CredentialChain: CredentialProvider {
  public let sources: [any CredentialSource]

  public init(sources: [any CredentialSource]) {
    self.sources = sources
  }

  /// The standard chain for the context's profile.
  public init(context: CredentialContext) {
    var sources: [any CredentialSource] = []
    if !context.configuration.profileFromCommandLine {
      sources.append(EnvironmentCredentialSource(environment: context.environment))
    }
    sources += [
      AssumeRoleCredentialSource(context: context),
      WebIdentityCredentialSource(context: context),
      SSOCredentialSource(context: context),
      ProfileCredentialSource(profileName: context.profileName, shared: context.shared),
      ProcessCredentialSource(context: context),
      ContainerCredentialSource(context: context),
      IMDSCredentialSource(context: context),
    ]
    self.init(sources: sources)
  }

  /// Every place the chain looks, in order, in plain words.
  public var lookedAt: [String] { sources.map(\.lookedAt) }

  public func credentials() async throws -> Credentials {
    for source in sources {
      if let credentials = try await source.load() { return credentials }
    }
    throw CredentialErrors.notFound(lookedAt)
  }

  /// The chain the CLI uses: the standard chain behind a cache, over files and environment it is given.
  /// - Throws: `AWSError` `.configuration` when the config files cannot be read or parsed.
  public static func standard(
    configuration: AWSConfiguration, environment: [String: String], files: FileReader = .live,
    transport: any HTTPTransport, now: @escaping @Sendable () -> Date = { Date() },
    mfaPrompt: CredentialContext.MFAPrompt? = nil
  ) throws -> CachingCredentialProvider {
    let shared = try SharedConfig.load(environment: environment, files: files)
    let context = CredentialContext(
      configuration: configuration, environment: environment, shared: shared, files: files, transport: transport,
      now: now, mfaPrompt: mfaPrompt)
    return CachingCredentialProvider(CredentialChain(context: context), now: now)
  }
}
