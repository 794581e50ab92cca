/// An error from an account, real or sandbox, in plain words, with AWS's own code kept beside it.
///
/// `description` is the sentence an operator reads; `code` is what AWS documents (e.g.
/// `RequestLimitExceeded`), so logs and the journal can be searched for it.
public struct AWSError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable, Equatable, Codable {
    /// The service answered with an error (`InvalidAMIID.NotFound`, `DryRunOperation`, …).
    case service
    /// Throttled beyond the retries (`RequestLimitExceeded`, HTTP 503).
    case throttling
    /// No credentials, or the service rejected them (`AuthFailure`, `UnauthorizedOperation`, …).
    case credentials
    /// The connection failed, was reset or timed out.
    case network
    /// The answer could not be understood (truncated or malformed XML/JSON).
    case invalidResponse
    /// ferry's own configuration is wrong (unknown profile, bad endpoint URL, …).
    case configuration
  }

  public var kind: Kind
  public var code: String
  public var message: String
  public var requestId: String?
  public var httpStatus: Int?

  public init(kind: Kind, code: String, message: String, requestId: String? = nil, httpStatus: Int? = nil) {
    self.kind = kind
    self.code = code
    self.message = message
    self.requestId = requestId
    self.httpStatus = httpStatus
  }

  public var description: String { "\(message) (\(code))" }

  /// True for the answer a successful DryRun gets.
  public var isDryRunSuccess: Bool { code == "DryRunOperation" }
}
