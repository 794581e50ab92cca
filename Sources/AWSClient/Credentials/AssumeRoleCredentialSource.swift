import AWSSigning
import Foundation

/// Credentials for a role named by a profile's `role_arn`, assumed with STS `AssumeRole`, signed with the
/// credentials of `source_profile` (recursively, cycles refused) or of `credential_source`
/// (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`).
///
/// Honours `role_session_name`, `external_id`, `duration_seconds` and `mfa_serial` (the code comes from
/// the context's MFA prompt). Profiles that also set `web_identity_token_file` are left to
/// ``WebIdentityCredentialSource``, as in botocore.
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html
public struct AssumeRoleCredentialSource: CredentialSource {
  let context: CredentialContext

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String { "role_arn in profile \(context.profileName) (assume role)" }

  public func load() async throws -> Credentials? {
    guard let values = context.profile?.values, Self.isAssumeRole(values) else { return nil }
    return try await assume(profile: context.profileName, visited: [])
  }

  static func isAssumeRole(_ values: [String: String]) -> Bool {
    values["role_arn"] != nil && values["web_identity_token_file"] == nil
  }

  /// `botocore-session-<epoch>` in botocore; ferry names itself.
  static func defaultSessionName(now: Date) -> String {
    "ferry-session-\(Int(now.timeIntervalSince1970))"
  }

  private func assume(profile name: String, visited: [String]) async throws -> Credentials {
    let source = "Assume role for profile \(name)"
    guard let values = context.shared.profiles[name]?.values, let roleArn = values["role_arn"] else {
      throw ConfigurationErrors.profileNotFound(name)
    }
    let sourceCredentials: Credentials
    switch (values["source_profile"], values["credential_source"]) {
    case (let sourceProfile?, nil):
      sourceCredentials = try await credentials(ofSourceProfile: sourceProfile, from: name, visited: visited + [name])
    case (nil, let credentialSource?):
      sourceCredentials = try await credentials(ofCredentialSource: credentialSource, profile: name)
    case (.some, .some):
      throw CredentialErrors.badConfiguration(source, "set either source_profile or credential_source, not both")
    case (nil, nil):
      throw CredentialErrors.badConfiguration(source, "role_arn needs source_profile or credential_source")
    }
    var duration: Int?
    if let text = values["duration_seconds"] {
      guard let seconds = Int(text), seconds > 0 else {
        throw CredentialErrors.badConfiguration(source, "duration_seconds = \(text) is not a number of seconds")
      }
      duration = seconds
    }
    var mfa: (serial: String, code: String)?
    if let serial = values["mfa_serial"] {
      guard let prompt = context.mfaPrompt else {
        throw CredentialErrors.failed(
          source, "the role needs an MFA code (mfa_serial) and ferry cannot ask for one here")
      }
      mfa = (serial, try await prompt(serial))
    }
    return try await STSClient(context: context, source: source).assumeRole(
      roleArn: roleArn, sessionName: values["role_session_name"] ?? Self.defaultSessionName(now: context.now()),
      externalId: values["external_id"], durationSeconds: duration, mfa: mfa, using: sourceCredentials)
  }

  /// The credentials of a `source_profile`.
  ///
  /// Another role (recursively), web identity, SSO, static keys or credential_process. A profile naming
  /// itself uses its own static keys, as botocore allows.
  private func credentials(ofSourceProfile name: String, from parent: String, visited: [String]) async throws
    -> Credentials
  {
    guard let values = context.shared.profiles[name]?.values else { throw ConfigurationErrors.profileNotFound(name) }
    if name == parent, let keys = try ProfileCredentialSource.staticKeys(values, profileName: name) { return keys }
    if Self.isAssumeRole(values) {
      guard !visited.contains(name) else {
        throw CredentialErrors.badConfiguration(
          "Assume role for profile \(visited.first ?? name)",
          "source_profile loops: " + (visited + [name]).joined(separator: " → "), code: "InfiniteLoopConfigError")
      }
      return try await assume(profile: name, visited: visited)
    }
    let profileContext = context.forProfile(name)
    let sources: [any CredentialSource] = [
      WebIdentityCredentialSource(context: profileContext), SSOCredentialSource(context: profileContext),
      ProfileCredentialSource(profileName: name, shared: context.shared),
      ProcessCredentialSource(context: profileContext),
    ]
    for source in sources {
      if let credentials = try await source.load() { return credentials }
    }
    throw CredentialErrors.failed("Assume role for profile \(parent)", "source profile \(name) has no credentials")
  }

  private func credentials(ofCredentialSource name: String, profile: String) async throws -> Credentials {
    let source: any CredentialSource
    switch name {
    case "Environment": source = EnvironmentCredentialSource(environment: context.environment)
    case "Ec2InstanceMetadata": source = IMDSCredentialSource(context: context)
    case "EcsContainer": source = ContainerCredentialSource(context: context)
    default:
      throw CredentialErrors.badConfiguration(
        "Assume role for profile \(profile)",
        "credential_source = \(name) is not one of Environment, Ec2InstanceMetadata, EcsContainer")
    }
    guard let credentials = try await source.load() else {
      throw CredentialErrors.failed(
        "Assume role for profile \(profile)", "credential_source \(name) has no credentials (\(source.lookedAt))")
    }
    return credentials
  }
}
