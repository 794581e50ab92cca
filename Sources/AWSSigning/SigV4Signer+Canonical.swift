import Crypto
import Foundation

/// The canonical request, the first stage of a signature.
///
/// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
extension SigV4Signer {
  /// `METHOD\nCanonicalURI\nCanonicalQuery\nCanonicalHeaders\n\nSignedHeaders\nPayloadHash`.
  func canonicalRequest(
    method: String, url: URL, extraQuery: [Header], headers: [Header], payloadHash: String,
    normalizePath: Bool
  ) -> String {
    let (canonical, signed) = Self.canonicalHeaders(headers)
    return [
      method.uppercased(),
      Self.canonicalURI(url.path(percentEncoded: true), normalize: normalizePath),
      Self.canonicalQuery(url.query(percentEncoded: true), extra: extraQuery),
      canonical,
      signed,
      payloadHash,
    ].joined(separator: "\n")
  }

  /// The path, each segment decoded and then RFC 3986-encoded once (so `/example space/` and
  /// `/example%20space/` both sign as `/example%20space/`); with `normalize`, `.` and `..` segments are
  /// resolved (RFC 3986 §5.2.4) and empty segments dropped, keeping a trailing slash.
  static func canonicalURI(_ percentEncodedPath: String, normalize: Bool) -> String {
    if percentEncodedPath.isEmpty { return "/" }
    let segments = percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
      .map { URIEncoding.encode(URIEncoding.decode(String($0))) }
    guard normalize else { return segments.joined(separator: "/") }
    var kept: [String] = []
    for segment in segments {
      switch segment {
      case "", ".": continue
      case "..": _ = kept.popLast()
      default: kept.append(segment)
      }
    }
    let last = segments.last ?? ""
    let trailingSlash = last.isEmpty || last == "." || last == ".."
    if kept.isEmpty { return "/" }
    return "/" + kept.joined(separator: "/") + (trailingSlash ? "/" : "")
  }

  /// The query: every `name=value` (a name alone gets an empty value), decoded, RFC 3986-encoded, and
  /// sorted by encoded name, then by encoded value.
  static func canonicalQuery(_ percentEncodedQuery: String?, extra: [Header]) -> String {
    var pairs: [(name: String, value: String)] = []
    if let query = percentEncodedQuery {
      for item in query.split(separator: "&") {
        let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        // `split` without omitting empties always yields at least one part.
        let name = URIEncoding.decode(String(parts[0]))
        let value = parts.count > 1 ? URIEncoding.decode(String(parts[1])) : ""
        pairs.append((URIEncoding.encode(name), URIEncoding.encode(value)))
      }
    }
    pairs += extra.map { (URIEncoding.encode($0.name), URIEncoding.encode($0.value)) }
    pairs.sort { $0.name == $1.name ? $0.value < $1.value : $0.name < $1.name }
    return pairs.map { $0.name + "=" + $0.value }.joined(separator: "&")
  }

  /// Canonical header lines (with their final newline) and the signed-header list.
  ///
  /// Names are lower-cased and sorted; values are trimmed with inner runs of whitespace (line folds
  /// included) collapsed to one space; repeated names are joined with commas in the order sent.
  static func canonicalHeaders(_ headers: [Header]) -> (canonical: String, signed: String) {
    var values: [String: [String]] = [:]
    for header in headers {
      let name = header.name.lowercased()
      if unsignedHeaderNames.contains(name) { continue }
      values[name, default: []].append(collapsingWhitespace(header.value))
    }
    let names = values.keys.sorted()
    var canonical = ""
    for name in names {
      canonical += name + ":" + (values[name] ?? []).joined(separator: ",") + "\n"
    }
    return (canonical, names.joined(separator: ";"))
  }

  static func signedHeaderNames(_ headers: [Header]) -> String {
    canonicalHeaders(headers).signed
  }

  /// Trims and collapses runs of spaces, tabs and line breaks into one space.
  static func collapsingWhitespace(_ value: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(value.utf8.count)
    var pendingSpace = false
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        pendingSpace = !result.isEmpty
      default:
        if pendingSpace { result.append(UInt8(ascii: " ")) }
        pendingSpace = false
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
