import AWSSigning
import FerryCloud
import Foundation

/// One call to an AWS service before it is signed: where it goes and what it carries.
///
/// The body is final: it is hashed and sent as it is. Pure value type.
public struct ServiceRequest: Sendable {
  /// How the service words its errors.
  public enum ErrorFormat: Sendable {
    /// EC2 and STS: an XML envelope.
    case xml
    /// KMS and Outposts: a JSON object with `__type` / `message`.
    case json
  }

  public var service: AWSService
  public var region: String
  /// The API operation name, for messages and the wire log.
  public var operation: String
  public var method: String
  /// The path below the endpoint, `/` for the query protocols.
  public var path: String
  /// Query parameters, in the order they are sent.
  public var query: [(String, String)]
  public var headers: [String: String]
  public var body: Data
  public var errorFormat: ErrorFormat
  /// What the call is about, for error messages ("snap-0123 from us-east-1"); `nil` for listings.
  public var subject: String?
  /// Whether sending the call twice has the effect of sending it once (reads, and CopyImage with its
  /// ClientToken).
  ///
  /// A call that is not — CopySnapshot, which takes no token — is retried only when
  /// the server cannot have acted on it (throttled, or never connected); after a lost answer the
  /// caller decides (the copier looks for the copy's tag before sending again).
  public var isIdempotent = true

  public init(
    service: AWSService, region: String, operation: String, method: String = "POST", path: String = "/",
    query: [(String, String)] = [], headers: [String: String] = [:], body: Data = Data(),
    errorFormat: ErrorFormat = .xml
  ) {
    self.service = service
    self.region = region
    self.operation = operation
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
    self.errorFormat = errorFormat
  }

  /// An EC2 or STS Query-protocol POST with a form body.
  public static func query(
    _ service: AWSService, region: String, action: String, version: String, pairs: [(String, String)]
  ) -> ServiceRequest {
    ServiceRequest(
      service: service, region: region, operation: action,
      headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
      body: Data(URIEncoding.queryString(pairs.map { (name: $0.0, value: $0.1) }).utf8))
  }

  /// The full URL of this request below `endpoint`.
  public func url(endpoint: URL) throws(AWSError) -> URL {
    var text = endpoint.absoluteString
    while text.hasSuffix("/") { text.removeLast() }
    text += path.hasPrefix("/") ? path : "/" + path
    if !query.isEmpty { text += "?" + URIEncoding.queryString(query.map { (name: $0.0, value: $0.1) }) }
    guard let url = URL(string: text) else {
      throw AWSError(kind: .configuration, code: "InvalidEndpoint", message: "\"\(text)\" is not a valid URL")
    }
    return url
  }
}
