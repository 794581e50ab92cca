import AWSSigning
import Foundation

/// Signs outgoing requests with SigV4: headers for calls, the query string for presigned URLs.
///
/// The seam between the client and the AWSSigning module. Implementations are pure: the date is a
/// parameter and nothing is read from the environment.
public protocol RequestSigning: Sendable {
  /// `request` with `X-Amz-Date`, `X-Amz-Security-Token` (session credentials) and `Authorization` added.
  func signHeaders(
    _ request: HTTPRequest, credentials: Credentials, region: String, service: String, date: Date
  ) -> HTTPRequest

  /// `url` (whose query holds the operation's parameters) with the SigV4 query parameters added and
  /// `X-Amz-Signature` last, valid for `expires` seconds.
  func presign(
    _ url: URL, method: String, credentials: Credentials, region: String, service: String, date: Date,
    expires: Int
  ) -> URL
}
