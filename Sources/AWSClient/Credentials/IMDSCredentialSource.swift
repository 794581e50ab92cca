import AWSSigning
import Foundation

/// Credentials of the EC2 instance's role, from the instance metadata service (IMDSv2, with the IMDSv1
/// fallback unless disabled).
///
/// `PUT /latest/api/token` (TTL 21600 s); on 403, 404, 405 or no answer, fall back to IMDSv1 unless
/// `AWS_EC2_METADATA_V1_DISABLED`/`ec2_metadata_v1_disabled`; a 400 is an error. Then
/// `GET /latest/meta-data/iam/security-credentials/` for the role name and the role's JSON. 1 s per call.
/// Off the instance nothing answers, and the source reports "nothing here". Settings:
/// `AWS_EC2_METADATA_DISABLED`, `AWS_EC2_METADATA_SERVICE_ENDPOINT`/`ec2_metadata_service_endpoint`,
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`/`ec2_metadata_service_endpoint_mode`.
/// Spec: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
public struct IMDSCredentialSource: CredentialSource {
  let context: CredentialContext

  static let timeout = Duration.seconds(1)
  static let tokenTTL = "21600"
  static let rolesPath = "/latest/meta-data/iam/security-credentials/"

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String { "the EC2 instance metadata service (instance role)" }

  public func load() async throws -> Credentials? {
    guard !AWSConfiguration.isTrue(context.environment["AWS_EC2_METADATA_DISABLED"]) else { return nil }
    let base = try baseURL()
    let source = "EC2 instance metadata at \(base.absoluteString)"
    let token: String?
    switch await fetchToken(base: base) {
    case .token(let value): token = value
    case .unavailable where v1Disabled:
      throw CredentialErrors.failed(source, "no IMDSv2 token, and IMDSv1 is disabled (AWS_EC2_METADATA_V1_DISABLED)")
    case .unavailable: token = nil
    case .badRequest: throw CredentialErrors.failed(source, "the token request was refused with HTTP 400")
    }
    guard let roles = await get(base: base, path: Self.rolesPath, token: token) else { return nil }
    guard roles.status == 200 else {
      if roles.status == 404 { return nil }  // the instance has no role
      throw CredentialErrors.failed(source, "listing the instance role answered HTTP \(roles.status)")
    }
    guard let role = String(decoding: roles.body, as: UTF8.self).split(whereSeparator: \.isNewline).first else {
      return nil
    }
    let roleName = String(role).trimmingCharacters(in: .whitespaces)
    guard let document = await get(base: base, path: Self.rolesPath + URIEncoding.encode(roleName), token: token),
      document.status == 200
    else { throw CredentialErrors.failed(source, "the credentials of role \(roleName) could not be read") }
    guard let object = CredentialJSON.object(document.body) else {
      throw CredentialErrors.failed(source, "the credentials of role \(roleName) are not JSON")
    }
    if let code = object["Code"] as? String, code != "Success" {
      throw CredentialErrors.service(
        source, code: code, message: (object["Message"] as? String) ?? "role \(roleName) has no credentials",
        status: 200)
    }
    guard let credentials = CredentialJSON.credentials(from: object, tokenKeys: ["Token"]) else {
      throw CredentialErrors.failed(source, "the credentials of role \(roleName) are incomplete")
    }
    return credentials
  }

  private var v1Disabled: Bool {
    AWSConfiguration.isTrue(
      context.environment["AWS_EC2_METADATA_V1_DISABLED"] ?? context.profile?.values["ec2_metadata_v1_disabled"])
  }

  func baseURL() throws -> URL {
    let values = context.profile?.values ?? [:]
    let mode =
      context.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"] ?? values["ec2_metadata_service_endpoint_mode"]
    let configured = context.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] ?? values["ec2_metadata_service_endpoint"]
    let text = configured ?? (mode?.lowercased() == "ipv6" ? "http://[fd00:ec2::254]" : "http://169.254.169.254")
    guard let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text), url.host() != nil else {
      throw CredentialErrors.badConfiguration("AWS_EC2_METADATA_SERVICE_ENDPOINT", "\(text) is not a valid URL")
    }
    return url
  }

  enum TokenResult: Equatable {
    case token(String)
    case unavailable
    case badRequest
  }

  private func fetchToken(base: URL) async -> TokenResult {
    let request = HTTPRequest(
      method: "PUT", url: base.appending(path: "latest/api/token"),
      headers: ["x-aws-ec2-metadata-token-ttl-seconds": Self.tokenTTL])
    guard let response = try? await context.transport.send(request, timeout: Self.timeout) else { return .unavailable }
    switch response.status {
    case 200: return .token(String(decoding: response.body, as: UTF8.self))
    case 400: return .badRequest
    default: return .unavailable
    }
  }

  /// A GET with the token header when there is a token; nil when nothing answered.
  private func get(base: URL, path: String, token: String?) async -> HTTPResponse? {
    guard let url = URL(string: base.absoluteString + path) else { return nil }
    var headers: [String: String] = [:]
    if let token { headers["x-aws-ec2-metadata-token"] = token }
    return try? await context.transport.send(
      HTTPRequest(method: "GET", url: url, headers: headers), timeout: Self.timeout)
  }
}
