import FerryCloud
import Foundation

/// Allows plain `http://` only to this machine.
///
/// Signed requests must never cross a network in clear text; HTTPS goes anywhere.
///
/// Loopback is `localhost`, `127.0.0.0/8` and `::1`. Pure: no I/O (no name lookups either).
public enum LoopbackPolicy {
  public static func isLoopback(host: String) -> Bool {
    let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    let lower = bare.lowercased()
    if lower == "localhost" || lower == "::1" || lower == "0:0:0:0:0:0:0:1" { return true }
    let octets = lower.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4, octets[0] == "127" else { return false }
    return octets.allSatisfy { UInt8($0) != nil }
  }

  /// Throws a configuration error for a URL ferry must not send to.
  public static func check(_ url: URL) throws(AWSError) {
    switch url.scheme?.lowercased() {
    case "https":
      return
    case "http":
      guard let host = url.host, isLoopback(host: host) else {
        throw AWSError(
          kind: .configuration, code: "InsecureEndpoint",
          message: "Refusing to send signed requests over plain http to \(url.host ?? url.absoluteString):"
            + " use an https:// endpoint (http is allowed only to localhost)")
      }
    default:
      throw AWSError(
        kind: .configuration, code: "InvalidEndpoint",
        message: "The endpoint \(url.absoluteString) is not an http(s) URL")
    }
  }
}
