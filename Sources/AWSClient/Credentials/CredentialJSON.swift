import AWSSigning
import Foundation

/// Parses the credential documents of the container endpoint, IMDS and credential_process:
/// `AccessKeyId`, `SecretAccessKey`, `Token` or `SessionToken`, `Expiration` (ISO 8601).
enum CredentialJSON {
  /// Returns the decoded object, or nil when `data` is not a JSON object.
  static func object(_ data: Data) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// Reads the keys of a credentials document; nil when a required one is missing or the date is bad.
  static func credentials(from object: [String: Any], tokenKeys: [String]) -> Credentials? {
    guard let accessKeyId = object["AccessKeyId"] as? String, !accessKeyId.isEmpty,
      let secret = object["SecretAccessKey"] as? String, !secret.isEmpty
    else { return nil }
    let token = tokenKeys.lazy.compactMap { object[$0] as? String }.first { !$0.isEmpty }
    var expiration: Date?
    if let text = object["Expiration"] as? String {
      guard let date = parseDate(text) else { return nil }
      expiration = date
    }
    return Credentials(accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
  }

  /// ISO 8601 with or without fractional seconds (`2026-11-26T16:00:00Z`, `…00.123Z`, `…+00:00`).
  static func parseDate(_ text: String) -> Date? {
    if let date = try? Date(text, strategy: .iso8601) { return date }
    let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    return try? fractional.parse(text)
  }
}
