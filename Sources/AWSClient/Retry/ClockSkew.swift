import Foundation

/// Corrects the signing clock when a service says the request's time is off.
///
/// botocore does none of this; the Swift and JavaScript SDKs do. A skew is taken from the server's
/// `Date` header only after a clock-skew error code and only when it exceeds 5 minutes. Pure functions.
///
/// Spec: aws-sdk-swift `AWSClockSkewProvider.swift`, aws-sdk-js-v3 `CLOCK_SKEW_ERROR_CODES`.
public enum ClockSkew {
  /// The codes that may mean a wrong clock.
  public static let codes: Set<String> = [
    "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "AuthFailure", "SignatureDoesNotMatch",
    "InvalidSignatureException",
  ]
  /// Skews at or below this are ignored.
  public static let threshold: TimeInterval = 300

  /// The offset to add to the local clock, or `nil` when this answer does not call for one.
  /// - Parameters:
  ///   - code: the error code of the answer.
  ///   - serverDate: the answer's `Date` header.
  ///   - signedAt: the (already corrected) time the request was signed with.
  public static func correction(code: String?, serverDate: String?, signedAt: Date) -> TimeInterval? {
    guard let code, codes.contains(code), let serverDate, let server = parseHTTPDate(serverDate) else { return nil }
    let skew = server.timeIntervalSince(signedAt)
    return abs(skew) > threshold ? skew : nil
  }

  /// RFC 7231 IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form every AWS endpoint sends.
  public static func parseHTTPDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
  }
}
