import FerryCloud
import Foundation

/// KMS's JSON 1.1 requests and answers (`TrentService.ListKeys`, `ListAliases`, `DescribeKey`).
///
/// Pure: builds `ServiceRequest`s and decodes bodies; sending is the caller's.
///
/// Spec: https://docs.aws.amazon.com/kms/latest/APIReference/ (awsJson1_1 protocol).
public enum KMSWire {
  static let contentType = "application/x-amz-json-1.1"
  /// The largest page ListKeys and ListAliases accept.
  static let pageLimit = 1000

  public static func request(_ operation: String, region: String, body: [String: Any]) -> ServiceRequest {
    // Safe: the bodies built here hold only strings and integers, which always serialize.
    let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8)
    return ServiceRequest(
      service: .kms, region: region, operation: operation,
      headers: ["Content-Type": contentType, "X-Amz-Target": "TrentService.\(operation)"], body: data,
      errorFormat: .json)
  }

  public static func listKeys(region: String, marker: String?) -> ServiceRequest {
    var body: [String: Any] = ["Limit": pageLimit]
    if let marker { body["Marker"] = marker }
    return request("ListKeys", region: region, body: body)
  }

  public static func listAliases(region: String, marker: String?) -> ServiceRequest {
    var body: [String: Any] = ["Limit": pageLimit]
    if let marker { body["Marker"] = marker }
    return request("ListAliases", region: region, body: body)
  }

  public static func describeKey(_ keyId: String, region: String) -> ServiceRequest {
    request("DescribeKey", region: region, body: ["KeyId": keyId])
  }

  struct KeyEntry: Decodable, Sendable {
    var KeyId: String
    var KeyArn: String?
  }

  struct ListKeysResponse: Decodable, Sendable {
    var Keys: [KeyEntry]?
    var NextMarker: String?
    var Truncated: Bool?
  }

  struct AliasEntry: Decodable, Sendable {
    var AliasName: String
    var AliasArn: String?
    var TargetKeyId: String?
  }

  struct ListAliasesResponse: Decodable, Sendable {
    var Aliases: [AliasEntry]?
    var NextMarker: String?
    var Truncated: Bool?
  }

  struct KeyMetadata: Decodable, Sendable {
    var KeyId: String
    var Arn: String
    var Description: String?
    var KeySpec: String?
    var CustomerMasterKeySpec: String?
    var KeyState: String?
    var KeyManager: String?
  }

  struct DescribeKeyResponse: Decodable, Sendable {
    var KeyMetadata: KeyMetadata
  }

  /// Decodes `data` as `T`, or says which answer could not be read.
  static func decode<T: Decodable>(_ type: T.Type, from data: Data, operation: String) throws(AWSError) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw AWSError(
        kind: .invalidResponse, code: "InvalidJSON", message: "The answer to \(operation) is not the JSON KMS sends")
    }
  }

  /// The next marker, or `nil` when the listing is complete.
  static func next(_ marker: String?, truncated: Bool?) -> String? {
    guard truncated ?? (marker != nil), let marker, !marker.isEmpty else { return nil }
    return marker
  }

  /// Throws when `marker` was already seen in this listing.
  ///
  /// A server (or proxy) that repeats a marker would otherwise be asked for the same page forever.
  /// botocore's paginator stops the same way.
  static func checkNew(_ marker: String?, seen: inout Set<String>, operation: String) throws(AWSError) {
    guard let marker, !seen.insert(marker).inserted else { return }
    throw AWSError(
      kind: .invalidResponse, code: "RepeatedToken", message: "\(operation) sent the same NextMarker twice")
  }

  /// A key with the aliases that point at it.
  static func key(_ metadata: KeyMetadata, aliases: [String]) -> KMSKey {
    KMSKey(
      keyId: metadata.KeyId, arn: metadata.Arn, aliases: aliases.sorted(),
      description: metadata.Description.flatMap { $0.isEmpty ? nil : $0 },
      keySpec: metadata.KeySpec ?? metadata.CustomerMasterKeySpec ?? "SYMMETRIC_DEFAULT",
      keyState: metadata.KeyState ?? "Enabled", keyManager: metadata.KeyManager ?? "CUSTOMER")
  }
}
