import AWSSigning
import Crypto
import Foundation

/// Credentials for an IAM Identity Center (SSO) role, from the token that `aws sso login` cached.
///
/// The profile needs `sso_account_id` and `sso_role_name`, plus `sso_session` (naming an
/// `[sso-session]` with `sso_start_url` and `sso_region`) or the legacy `sso_start_url` and `sso_region`.
/// The token is `~/.aws/sso/cache/<sha1 hex of the session name, or of the start URL>.json`
/// (`accessToken`, `expiresAt`); ferry never refreshes or creates it, it tells the operator to run
/// `aws sso login`. Then `GET /federation/credentials` on the portal with `x-amz-sso_bearer_token`.
/// Spec: https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html
public struct SSOCredentialSource: CredentialSource {
  let context: CredentialContext

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String { "SSO settings (sso_session or sso_start_url) in profile \(context.profileName)" }

  public func load() async throws -> Credentials? {
    guard let values = context.profile?.values,
      values["sso_session"] != nil || values["sso_start_url"] != nil
    else { return nil }
    let name = context.profileName
    let source = "SSO for profile \(name)"
    let (cacheKey, region) = try sessionSettings(values, source: source)
    guard let accountId = values["sso_account_id"], let roleName = values["sso_role_name"] else {
      throw CredentialErrors.badConfiguration(source, "the profile needs sso_account_id and sso_role_name")
    }
    let token = try cachedToken(cacheKey: cacheKey, source: source)
    guard let base = context.endpoint(service: "sso", hostPrefix: "portal.sso", region: region),
      var components = URLComponents(url: base, resolvingAgainstBaseURL: false)
    else { throw CredentialErrors.badConfiguration(source, "the SSO portal endpoint URL is not valid") }
    components.path =
      (components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path)
      + "/federation/credentials"
    components.percentEncodedQuery =
      "role_name=\(URIEncoding.encode(roleName))&account_id=\(URIEncoding.encode(accountId))"
    guard let url = components.url else {
      throw CredentialErrors.badConfiguration(source, "the SSO portal endpoint URL is not valid")
    }
    let response = try await context.send(
      HTTPRequest(method: "GET", url: url, headers: ["x-amz-sso_bearer_token": token]), timeout: .seconds(10),
      source: source)
    if response.status == 401 || response.status == 403 {
      throw CredentialErrors.failed(source, loginAdvice(name, "the SSO session was rejected"), code: "SSOTokenRejected")
    }
    guard response.status == 200 else {
      throw CredentialErrors.service(
        source, code: "HTTP\(response.status)", message: "the SSO portal answered HTTP \(response.status)",
        status: response.status)
    }
    guard let role = CredentialJSON.object(response.body)?["roleCredentials"] as? [String: Any],
      let accessKeyId = role["accessKeyId"] as? String, let secret = role["secretAccessKey"] as? String,
      let sessionToken = role["sessionToken"] as? String, let expiration = role["expiration"] as? NSNumber
    else {
      throw CredentialErrors.failed(source, "the SSO portal answered without credentials", code: "InvalidSSOResponse")
    }
    return Credentials(
      accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: sessionToken,
      expiration: Date(timeIntervalSince1970: expiration.doubleValue / 1000))
  }

  /// The cache key (session name, or start URL for legacy profiles) and the SSO Region.
  private func sessionSettings(_ values: [String: String], source: String) throws -> (String, String) {
    if let sessionName = values["sso_session"] {
      guard let session = context.shared.ssoSessions[sessionName]?.values else {
        throw CredentialErrors.badConfiguration(
          source, "[sso-session \(sessionName)] is not in \(context.shared.configFilePath)")
      }
      guard let region = session["sso_region"], session["sso_start_url"] != nil else {
        throw CredentialErrors.badConfiguration(
          source, "[sso-session \(sessionName)] needs sso_start_url and sso_region")
      }
      return (sessionName, region)
    }
    guard let startURL = values["sso_start_url"], let region = values["sso_region"] else {
      throw CredentialErrors.badConfiguration(source, "the profile needs sso_start_url and sso_region")
    }
    return (startURL, region)
  }

  private func cachedToken(cacheKey: String, source: String) throws -> String {
    let path = Self.cachePath(cacheKey: cacheKey, environment: context.environment)
    guard let data = try context.files.read(path),
      let object = CredentialJSON.object(data), let token = object["accessToken"] as? String,
      let expiresText = object["expiresAt"] as? String, let expiresAt = CredentialJSON.parseDate(expiresText)
    else {
      throw CredentialErrors.failed(
        source, loginAdvice(context.profileName, "no SSO login is cached"), code: "SSOTokenMissing")
    }
    guard expiresAt > context.now() else {
      throw CredentialErrors.failed(
        source, loginAdvice(context.profileName, "the SSO login has expired"), code: "SSOTokenExpired")
    }
    return token
  }

  private func loginAdvice(_ profile: String, _ what: String) -> String {
    "\(what); run: aws sso login --profile \(profile)"
  }

  /// `~/.aws/sso/cache/<sha1 hex>.json` (botocore `utils.py` `SSOTokenLoader._generate_cache_key`).
  static func cachePath(cacheKey: String, environment: [String: String]) -> String {
    let digest = Insecure.SHA1.hash(data: Data(cacheKey.utf8)).map { String(format: "%02x", $0) }.joined()
    return expandingTilde("~/.aws/sso/cache/\(digest).json", environment: environment)
  }
}
