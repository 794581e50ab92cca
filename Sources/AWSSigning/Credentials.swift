import Foundation

/// An AWS access key pair, with the session token and expiry of temporary credentials.
///
/// `description` never shows the secret or the token, so a credential printed by mistake leaks nothing.
public struct Credentials: Sendable, Equatable, CustomStringConvertible {
  public var accessKeyId: String
  public var secretAccessKey: String
  public var sessionToken: String?
  /// When temporary credentials stop working; `nil` for long-term keys.
  public var expiration: Date?

  public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
    self.accessKeyId = accessKeyId
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
    self.expiration = expiration
  }

  public var description: String {
    "Credentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>"
      + (sessionToken == nil ? "" : ", sessionToken: <redacted>") + ")"
  }
}
