import FerryCloud
import Foundation

/// Words a failed call as an `AWSError`: which kind it is and the sentence the operator reads.
///
/// AWS's own code and request id stay beside ferry's wording. Never puts a secret in a message.
/// Pure: no I/O.
public enum ErrorClassifier {
  /// Where the call went, for the messages: "DescribeImages in us-east-1".
  public struct Context: Sendable, Equatable {
    public var operation: String
    public var region: String
    /// Where the credentials came from, such as "profile prod" or "the environment (AWS_ACCESS_KEY_ID)".
    public var credentialsLabel: String
    public var attempts: Int
    /// What the call is about ("snap-0123 from us-east-1"), when it is about one resource.
    public var subject: String?

    public init(operation: String, region: String, credentialsLabel: String, attempts: Int, subject: String? = nil) {
      self.operation = operation
      self.region = region
      self.credentialsLabel = credentialsLabel
      self.attempts = attempts
      self.subject = subject
    }

    var call: String { "\(operation) in \(region)" + (subject.map { " (\($0))" } ?? "") }
  }

  /// The error for an HTTP answer that is not a success.
  public static func serviceError(status: Int, envelope: ErrorEnvelope?, context: Context) -> AWSError {
    guard let envelope else {
      let kind = AWSError.Kind(serviceCode: nil, httpStatus: status)
      return AWSError(
        kind: kind, code: "HTTP\(status)",
        message: "\(context.call) failed with HTTP status \(status) and no error AWS could name",
        httpStatus: status)
    }
    let code = envelope.code
    // AWS ends most messages with a full stop; ferry's sentence goes on after it.
    let awsSaid = oneLine(envelope.message).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    let said = awsSaid.isEmpty ? meaning(of: code).map { ": \($0)" } ?? "" : ": \(awsSaid)"
    let kind = AWSError.Kind(serviceCode: code, httpStatus: status)
    let message: String
    if kind == .throttling {
      message =
        "AWS is throttling \(context.call) and still was after \(context.attempts) attempt(s)\(said);"
        + " wait a minute and try again, or lower the request rate"
    } else if code == "UnauthorizedOperation" || code == "AccessDenied" || code == "AccessDeniedException" {
      message =
        "The credentials from \(context.credentialsLabel) are not allowed to call \(context.call)\(said);"
        + " ask for the \(context.operation) permission or use another profile"
    } else if AWSError.Kind.refusedAccountCodes.contains(code) {
      message = "The account may not use what \(context.call) asked for\(said)"
    } else if kind == .credentials {
      message =
        "AWS rejected the credentials from \(context.credentialsLabel) for \(context.call)\(said);"
        + " check the access key and secret, refresh expired session credentials (for SSO: aws sso login),"
        + " or choose another profile with --profile"
    } else if code == "DryRunOperation" {
      message = "\(context.call) would have succeeded (dry run)\(said)"
    } else {
      message = "\(context.call) failed\(said.isEmpty ? " with HTTP status \(status)" : said)"
    }
    return AWSError(kind: kind, code: code, message: message, requestId: envelope.requestId, httpStatus: status)
  }

  /// The error after a connection failure that was not, or no longer, retried.
  public static func networkError(_ error: AWSError, context: Context) -> AWSError {
    var wrapped = error
    wrapped.message = "\(context.call) failed after \(context.attempts) attempt(s): \(error.message)"
    return wrapped
  }

  /// A credentials provider that could not produce credentials.
  public static func credentialsUnavailable(_ error: any Error, context: Context) -> AWSError {
    if var known = error as? AWSError {
      if known.kind == .network { known.kind = .credentials }
      return known
    }
    return AWSError(
      kind: .credentials, code: "NoCredentials",
      message: "No credentials for \(context.call) from \(context.credentialsLabel): \(oneLine("\(error)"))")
  }

  /// ferry's words for a code AWS sent without a message (moto often does).
  static func meaning(of code: String) -> String? {
    if code.hasSuffix(".NotFound") { return "it does not exist in that Region, or this account cannot see it" }
    if code.hasSuffix(".Malformed") { return "the id is not well formed" }
    return nil
  }

  /// Messages stay on one line, whatever AWS sent.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }
}
