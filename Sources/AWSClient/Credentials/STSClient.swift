import AWSSigning
import Foundation

/// The two STS calls the credential chain makes: `AssumeRole` (signed) and `AssumeRoleWithWebIdentity`
/// (unsigned), over the Query protocol.
///
/// POST of a form body to `https://sts.<region>.amazonaws.com/` (or the configured STS endpoint),
/// `Version=2011-06-15`; the answer's `…Result/Credentials/{AccessKeyId, SecretAccessKey, SessionToken,
/// Expiration}` become ``Credentials``. All I/O goes through the context's ``HTTPTransport``.
/// Spec: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
struct STSClient: Sendable {
  let context: CredentialContext
  /// The profile on whose behalf the call is made, for messages.
  let source: String

  static let version = "2011-06-15"
  static let timeout = Duration.seconds(10)

  var region: String { context.configuration.region ?? "us-east-1" }

  func assumeRole(
    roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
    mfa: (serial: String, code: String)?,
    using credentials: Credentials
  ) async throws -> Credentials {
    var parameters: [(name: String, value: String)] = [
      ("Action", "AssumeRole"), ("Version", Self.version), ("RoleArn", roleArn), ("RoleSessionName", sessionName),
    ]
    if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
    if let externalId { parameters.append(("ExternalId", externalId)) }
    if let mfa { parameters += [("SerialNumber", mfa.serial), ("TokenCode", mfa.code)] }
    return try await call(parameters, signingWith: credentials)
  }

  func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String) async throws -> Credentials {
    try await call(
      [
        ("Action", "AssumeRoleWithWebIdentity"), ("Version", Self.version), ("RoleArn", roleArn),
        ("RoleSessionName", sessionName), ("WebIdentityToken", token),
      ], signingWith: nil)
  }

  private func call(_ parameters: [(name: String, value: String)], signingWith credentials: Credentials?)
    async throws -> Credentials
  {
    guard let url = context.endpoint(service: "sts", hostPrefix: "sts", region: region) else {
      throw CredentialErrors.badConfiguration(source, "the STS endpoint URL is not valid")
    }
    let body = Data(URIEncoding.queryString(parameters).utf8)
    var headers = ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"]
    if let credentials {
      let signer = SigV4Signer(credentials: credentials, region: region, service: "sts")
      headers = signer.signHeaders(method: "POST", url: url, headers: headers, body: body, date: context.now())
    }
    let response = try await context.send(
      HTTPRequest(method: "POST", url: url, headers: headers, body: body), timeout: Self.timeout, source: source)
    let fields = XMLFields(response.body)
    guard response.status == 200 else {
      throw CredentialErrors.service(
        source, code: fields["Code"] ?? "HTTP\(response.status)",
        message: fields["Message"] ?? "STS answered HTTP \(response.status)", status: response.status)
    }
    guard let accessKeyId = fields["AccessKeyId"], let secret = fields["SecretAccessKey"],
      let token = fields["SessionToken"], let expiration = fields["Expiration"].flatMap(CredentialJSON.parseDate)
    else {
      throw CredentialErrors.failed(source, "STS answered without credentials", code: "InvalidSTSResponse")
    }
    return Credentials(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
  }
}
