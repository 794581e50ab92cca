import Foundation

/// The profiles, SSO sessions and service sections of `~/.aws/config` and `~/.aws/credentials`, merged.
///
/// Built as botocore's `configloader.build_profile_map` does: in the config file `[default]` and
/// `[profile NAME]` are profiles (a bare `[NAME]` is ignored there), `[sso-session NAME]` and
/// `[services NAME]` are their own kinds; in the credentials file every `[NAME]` is a profile, and its
/// keys win over the config file's for the same profile. Holds secrets from the credentials file, so it is
/// handed only to the credential providers and its `description` lists names, never values.
public struct SharedConfig: Sendable, Equatable, CustomStringConvertible {
  public var profiles: [String: ConfigSection]
  public var ssoSessions: [String: ConfigSection]
  public var services: [String: ConfigSection]
  /// The files read, for messages ("looked in …").
  public var configFilePath: String
  public var credentialsFilePath: String

  public init(
    profiles: [String: ConfigSection] = [:], ssoSessions: [String: ConfigSection] = [:],
    services: [String: ConfigSection] = [:], configFilePath: String = "~/.aws/config",
    credentialsFilePath: String = "~/.aws/credentials"
  ) {
    self.profiles = profiles
    self.ssoSessions = ssoSessions
    self.services = services
    self.configFilePath = configFilePath
    self.credentialsFilePath = credentialsFilePath
  }

  /// The profiles' names, sorted (for completion; no values).
  public var profileNames: [String] { profiles.keys.sorted() }

  /// Reads both files (`AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, defaulting under `HOME`); a
  /// missing file counts as empty.
  /// - Throws: `AWSError` `.configuration` when a file exists but cannot be read or parsed.
  public static func load(environment: [String: String], files: FileReader) throws -> SharedConfig {
    let configPath = expandingTilde(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", environment: environment)
    let credentialsPath = expandingTilde(
      environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials", environment: environment)
    return try SharedConfig(
      configText: files.text(at: configPath) ?? "", configFilePath: configPath,
      credentialsText: files.text(at: credentialsPath) ?? "", credentialsFilePath: credentialsPath)
  }

  /// Parses and merges the two files' text.
  public init(configText: String, configFilePath: String, credentialsText: String, credentialsFilePath: String)
    throws
  {
    self.init(configFilePath: configFilePath, credentialsFilePath: credentialsFilePath)
    for section in try ConfigFileParser.parse(configText, path: configFilePath) {
      let parts = section.header.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      switch (parts.first, parts.count) {
      case ("default", 1): merge(section, named: "default", into: \.profiles)
      case ("profile", 2): merge(section, named: parts[1], into: \.profiles)
      case ("sso-session", 2): merge(section, named: parts[1], into: \.ssoSessions)
      case ("services", 2): merge(section, named: parts[1], into: \.services)
      default: continue
      }
    }
    for section in try ConfigFileParser.parse(credentialsText, path: credentialsFilePath) {
      merge(section, named: section.header, into: \.profiles)
    }
  }

  private mutating func merge(
    _ section: ConfigSection, named name: String, into keyPath: WritableKeyPath<SharedConfig, [String: ConfigSection]>
  ) {
    var merged = self[keyPath: keyPath][name] ?? ConfigSection(header: section.header)
    merged.values.merge(section.values) { _, new in new }
    merged.nested.merge(section.nested) { _, new in new }
    self[keyPath: keyPath][name] = merged
  }

  public var description: String {
    "SharedConfig(profiles: \(profiles.keys.sorted()), ssoSessions: \(ssoSessions.keys.sorted()), "
      + "services: \(services.keys.sorted()))"
  }
}
