import Foundation

/// Removes secrets from what the wire log writes: auth headers, signatures, tokens, secret keys.
///
/// Redacts the `Authorization`, `X-Amz-Security-Token` and `x-amz-sso_bearer_token` headers;
/// `X-Amz-Signature` and `X-Amz-Security-Token` in URLs and in bodies, also percent-encoded inside a
/// `PresignedUrl` value; `SecretAccessKey`, `SessionToken` (and their lower-camel JSON forms) in JSON
/// and XML bodies. Pure: no I/O.
public enum Redactor {
  public static let mask = "<redacted>"

  static let secretHeaders: Set<String> = ["authorization", "x-amz-security-token", "x-amz-sso_bearer_token"]
  /// Query keys whose value is secret, as they appear raw, encoded once (in a form value) or twice.
  static let secretQueryKeys = ["X-Amz-Signature", "X-Amz-Security-Token"]
  static let secretFields = [
    "SecretAccessKey", "secretAccessKey", "SessionToken", "sessionToken", "Token", "accessToken",
  ]

  /// `headers` with secret values masked, sorted by name for a stable log.
  public static func headers(_ headers: [String: String]) -> [(String, String)] {
    headers.sorted { $0.key.lowercased() < $1.key.lowercased() }.map { name, value in
      (name, secretHeaders.contains(name.lowercased()) ? mask : value)
    }
  }

  /// Any text: a URL, a form body, a JSON or XML body.
  public static func text(_ text: String) -> String {
    var result = text
    for key in secretQueryKeys {
      for separator in ["=", "%3D", "%253D"] { result = maskQueryValue(in: result, after: key + separator) }
    }
    for field in secretFields {
      result = maskJSONString(in: result, field: field)
      result = maskXMLElement(in: result, field: field)
    }
    return result
  }

  /// A query value runs to the next `&` (raw, `%26` or `%2526` when the URL sits encoded in a form
  /// value), quote, bracket or white space.
  private static func maskQueryValue(in text: String, after marker: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let range = rest.range(of: marker) {
      output += rest[..<range.upperBound]
      var end = range.upperBound
      while end < rest.endIndex {
        let tail = rest[end...]
        if tail.hasPrefix("%26") || tail.hasPrefix("%2526") || "&\"'<> \n\r".contains(rest[end]) { break }
        end = rest.index(after: end)
      }
      if end > range.upperBound { output += mask }
      rest = rest[end...]
    }
    return output + rest
  }

  /// `"field": "value"` → `"field": "<redacted>"`.
  private static func maskJSONString(in text: String, field: String) -> String {
    var output = ""
    var rest = Substring(text)
    let marker = "\"\(field)\""
    while let range = rest.range(of: marker) {
      output += rest[..<range.upperBound]
      var cursor = range.upperBound
      while cursor < rest.endIndex, rest[cursor] == " " || rest[cursor] == ":" { cursor = rest.index(after: cursor) }
      guard cursor < rest.endIndex, rest[cursor] == "\"" else {
        rest = rest[range.upperBound...]
        continue
      }
      output += rest[range.upperBound...cursor]
      var end = rest.index(after: cursor)
      while end < rest.endIndex, rest[end] != "\"" {
        if rest[end] == "\\" { end = rest.index(after: end) }
        if end < rest.endIndex { end = rest.index(after: end) }
      }
      output += mask
      rest = rest[min(end, rest.endIndex)...]
    }
    return output + rest
  }

  /// `<field>value</field>` → `<field><redacted></field>`.
  private static func maskXMLElement(in text: String, field: String) -> String {
    var output = ""
    var rest = Substring(text)
    let open = "<\(field)>"
    while let range = rest.range(of: open) {
      output += rest[..<range.upperBound]
      guard let close = rest[range.upperBound...].range(of: "</") else {
        rest = rest[range.upperBound...]
        continue
      }
      output += mask
      rest = rest[close.lowerBound...]
    }
    return output + rest
  }
}
