import Foundation

/// One HTTP request as the AWS clients build it: the exact bytes that were signed.
public struct HTTPRequest: Sendable, Equatable {
  public var method: String
  public var url: URL
  /// Header names as sent; lookups are case-insensitive by convention of the callers.
  public var headers: [String: String]
  public var body: Data

  public init(method: String, url: URL, headers: [String: String] = [:], body: Data = Data()) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }
}

/// One HTTP response.
public struct HTTPResponse: Sendable, Equatable {
  public var status: Int
  /// Header names lower-cased.
  public var headers: [String: String]
  public var body: Data

  public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Sends HTTP requests.
///
/// All of ferry's network I/O goes through this one protocol, so clients can be
/// tested against recorded responses and loopback servers.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the whole response, or throws `AWSError` of kind `.network` when no
  /// response arrived (refused, reset, timed out, TLS failure).
  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse
}
