import AWSSigning
import Foundation

/// Credentials from the container credentials endpoint (ECS tasks, EKS Pod Identity, CodeBuild).
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is fetched from `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` only from a loopback address or the ECS/EKS hosts
/// (`169.254.170.2`, `169.254.170.23`, `fd00:ec2::23`, `localhost`), so a stray variable cannot send the
/// token elsewhere. The `Authorization` header comes from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`
/// (read on every call) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`. 2 s per attempt, 3 attempts, as botocore.
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
public struct ContainerCredentialSource: CredentialSource {
  let context: CredentialContext

  static let ecsHost = "169.254.170.2"
  static let allowedHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"]
  static let attempts = 3
  static let timeout = Duration.seconds(2)

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String {
    "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI)"
  }

  public func load() async throws -> Credentials? {
    guard let url = try Self.endpoint(environment: context.environment) else { return nil }
    let source = "Container credentials endpoint \(url.host() ?? "")"
    var headers: [String: String] = [:]
    if let token = try authorizationToken(source: source) { headers["Authorization"] = token }
    let request = HTTPRequest(method: "GET", url: url, headers: headers)
    var lastFailure = "no answer"
    for _ in 0..<Self.attempts {
      let response: HTTPResponse
      do {
        response = try await context.transport.send(request, timeout: Self.timeout)
      } catch {
        continue
      }
      if response.status >= 500 {
        lastFailure = "HTTP \(response.status)"
        continue
      }
      guard response.status == 200 else {
        throw CredentialErrors.service(
          source, code: "HTTP\(response.status)", message: "answered HTTP \(response.status)", status: response.status)
      }
      guard let object = CredentialJSON.object(response.body),
        let credentials = CredentialJSON.credentials(from: object, tokenKeys: ["Token"])
      else { throw CredentialErrors.failed(source, "answered without credentials", code: "InvalidContainerResponse") }
      return credentials
    }
    throw CredentialErrors.failed(source, "\(lastFailure) after \(Self.attempts) attempts")
  }

  /// The endpoint the environment names, nil when it names none.
  /// - Throws: `.configuration` for a full URI that is malformed or points at a host not allowed.
  static func endpoint(environment: [String: String]) throws -> URL? {
    if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] {
      let path = relative.hasPrefix("/") ? relative : "/" + relative
      guard let url = URL(string: "http://\(ecsHost)\(path)") else {
        throw CredentialErrors.badConfiguration(
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "\(relative) is not a valid path")
      }
      return url
    }
    guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] else { return nil }
    guard let url = URL(string: full), let host = url.host(percentEncoded: false) else {
      throw CredentialErrors.badConfiguration("AWS_CONTAINER_CREDENTIALS_FULL_URI", "\(full) is not a valid URL")
    }
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    guard allowedHosts.contains(bare) || isLoopback(bare) else {
      throw CredentialErrors.badConfiguration(
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "host \(host) is not a loopback address or one of " + allowedHosts.sorted().joined(separator: ", "))
    }
    return url
  }

  /// 127.0.0.0/8 and ::1.
  static func isLoopback(_ host: String) -> Bool {
    if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
    let octets = host.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }

  private func authorizationToken(source: String) throws -> String? {
    var token = context.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
    if let path = context.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] {
      guard let text = try context.files.text(at: path) else {
        throw CredentialErrors.failed(source, "the token file \(path) does not exist")
      }
      token = text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    // A header value must not smuggle a line break into the request.
    if let token, token.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
      throw CredentialErrors.badConfiguration(source, "the authorization token contains a line break")
    }
    return token
  }
}
