import AWSSigning
import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` (or the legacy
/// `AWS_SECURITY_TOKEN`) and `AWS_CREDENTIAL_EXPIRATION`: botocore's `EnvProvider`.
///
/// Reads the environment value it was given, never the process's own. Pure.
public struct EnvironmentCredentialSource: CredentialSource {
  let environment: [String: String]

  public init(environment: [String: String]) {
    self.environment = environment.filter { !$0.value.isEmpty }
  }

  public var lookedAt: String { "environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY" }

  public func load() async throws -> Credentials? {
    let accessKeyId = environment["AWS_ACCESS_KEY_ID"]
    let secret = environment["AWS_SECRET_ACCESS_KEY"]
    switch (accessKeyId, secret) {
    case (nil, nil): return nil
    case (nil, _): throw CredentialErrors.incomplete("The environment", missing: "AWS_ACCESS_KEY_ID")
    case (_, nil): throw CredentialErrors.incomplete("The environment", missing: "AWS_SECRET_ACCESS_KEY")
    case (let accessKeyId?, let secret?):
      var expiration: Date?
      if let text = environment["AWS_CREDENTIAL_EXPIRATION"] {
        guard let date = CredentialJSON.parseDate(text) else {
          throw CredentialErrors.badConfiguration(
            "AWS_CREDENTIAL_EXPIRATION", "\(text) is not an ISO 8601 date")
        }
        expiration = date
      }
      return Credentials(
        accessKeyId: accessKeyId, secretAccessKey: secret,
        sessionToken: environment["AWS_SESSION_TOKEN"] ?? environment["AWS_SECURITY_TOKEN"], expiration: expiration)
    }
  }
}
