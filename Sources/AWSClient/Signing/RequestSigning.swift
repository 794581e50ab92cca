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

  /// `url` with `parameters` (raw, in order), then the SigV4 query parameters and `X-Amz-Signature`
  /// last, valid for `expires` seconds.
  func presign(
    _ url: URL, parameters: [(String, String)], method: String, credentials: Credentials, region: String,
    service: String, date: Date, expires: Int
  ) -> URL
}

/// The AWSSigning `SigV4Signer` behind `RequestSigning`, with EC2's options (token signed, path
/// normalized, no `x-amz-content-sha256`).
public struct SigV4RequestSigner: RequestSigning {
  public init() {}

  public func signHeaders(
    _ request: HTTPRequest, credentials: Credentials, region: String, service: String, date: Date
  ) -> HTTPRequest {
    var signed = request
    signed.headers = SigV4Signer(credentials: credentials, region: region, service: service).signHeaders(
      method: request.method, url: request.url, headers: request.headers, body: request.body, date: date)
    return signed
  }

  public func presign(
    _ url: URL, parameters: [(String, String)], method: String, credentials: Credentials, region: String,
    service: String, date: Date, expires: Int
  ) -> URL {
    SigV4Signer(credentials: credentials, region: region, service: service).presignURL(
      method: method, url: url, parameters: parameters.map { SigV4Signer.Header(name: $0.0, value: $0.1) },
      expires: expires, date: date)
  }
}
