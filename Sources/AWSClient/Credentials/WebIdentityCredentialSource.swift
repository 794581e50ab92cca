import AWSSigning
import Foundation

/// Credentials for a role assumed with an OIDC token file (EKS service accounts, CI systems): STS
/// `AssumeRoleWithWebIdentity`, unsigned.
///
/// Settings from `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`, `AWS_ROLE_SESSION_NAME`, else the
/// profile's `web_identity_token_file`, `role_arn`, `role_session_name` (environment first, as botocore's
/// `AssumeRoleWithWebIdentityProvider`). The token is read afresh on every call, because it rotates.
/// Spec: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
public struct WebIdentityCredentialSource: CredentialSource {
  let context: CredentialContext

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String {
    "web identity token (AWS_WEB_IDENTITY_TOKEN_FILE, or web_identity_token_file in profile \(context.profileName))"
  }

  public func load() async throws -> Credentials? {
    let values = context.profile?.values ?? [:]
    guard let tokenFile = context.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] ?? values["web_identity_token_file"]
    else { return nil }
    let source = "Web identity for profile \(context.profileName)"
    guard let roleArn = context.environment["AWS_ROLE_ARN"] ?? values["role_arn"] else {
      throw CredentialErrors.badConfiguration(
        source, "a web identity token file is set but no role ARN (AWS_ROLE_ARN or role_arn)")
    }
    let path = expandingTilde(tokenFile, environment: context.environment)
    guard let token = try context.files.text(at: path)?.trimmingCharacters(in: .whitespacesAndNewlines),
      !token.isEmpty
    else {
      throw CredentialErrors.failed(source, "the web identity token file \(path) is missing or empty")
    }
    let sessionName =
      context.environment["AWS_ROLE_SESSION_NAME"] ?? values["role_session_name"]
      ?? AssumeRoleCredentialSource.defaultSessionName(now: context.now())
    return try await STSClient(context: context, source: source)
      .assumeRoleWithWebIdentity(roleArn: roleArn, sessionName: sessionName, token: token)
  }
}
