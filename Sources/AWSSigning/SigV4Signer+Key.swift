import Crypto
import Foundation

/// The string to sign and the signing key, the second and third stages of a signature.
extension SigV4Signer {
  /// `yyyymmdd/region/service/aws4_request`.
  func credentialScope(_ date: AMZDate) -> String {
    date.day + "/" + region + "/" + service + "/aws4_request"
  }

  /// `AWS4-HMAC-SHA256\n<timestamp>\n<scope>\n<hex SHA-256 of the canonical request>`.
  /// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-string-to-sign
  func stringToSign(canonicalRequest: String, date: AMZDate) -> String {
    Self.algorithm + "\n" + date.timestamp + "\n" + credentialScope(date) + "\n"
      + Self.hex(SHA256.hash(data: Data(canonicalRequest.utf8)))
  }

  /// `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request")`.
  /// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#derive-signing-key
  func signingKey(secretAccessKey: String, day: String, region: String, service: String) -> SymmetricKey {
    var key = SymmetricKey(data: Data(("AWS4" + secretAccessKey).utf8))
    for part in [day, region, service, "aws4_request"] {
      key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key))
    }
    return key
  }
}
