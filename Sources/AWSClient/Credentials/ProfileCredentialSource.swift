import AWSSigning

/// Static keys of a profile: `aws_access_key_id`, `aws_secret_access_key`, `aws_session_token` (or
/// `aws_security_token`) from `~/.aws/credentials` or `~/.aws/config`.
///
/// botocore has two providers here (shared-credentials-file, then config-file); ``SharedConfig`` has
/// already merged the files with the credentials file winning, which gives the same answer. Pure.
public struct ProfileCredentialSource: CredentialSource {
  let profileName: String
  let shared: SharedConfig

  public init(profileName: String, shared: SharedConfig) {
    self.profileName = profileName
    self.shared = shared
  }

  public var lookedAt: String {
    "keys of profile \(profileName) in \(shared.credentialsFilePath) and \(shared.configFilePath)"
  }

  public func load() async throws -> Credentials? {
    guard let values = shared.profiles[profileName]?.values else { return nil }
    return try Self.staticKeys(values, profileName: profileName)
  }

  /// The static keys of a profile's values, nil when it has none.
  static func staticKeys(_ values: [String: String], profileName: String) throws -> Credentials? {
    let accessKeyId = values["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
    let secret = values["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
    switch (accessKeyId, secret) {
    case (nil, nil): return nil
    case (nil, _): throw CredentialErrors.incomplete("Profile \(profileName)", missing: "aws_access_key_id")
    case (_, nil): throw CredentialErrors.incomplete("Profile \(profileName)", missing: "aws_secret_access_key")
    case (let accessKeyId?, let secret?):
      return Credentials(
        accessKeyId: accessKeyId, secretAccessKey: secret,
        sessionToken: values["aws_session_token"] ?? values["aws_security_token"])
    }
  }
}
