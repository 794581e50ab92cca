/// Why the TUI started without an account, in the words the operator reads.
public struct NoCredentials: Sendable, Equatable {
  /// What was looked for and where (one line each).
  public var lookedFor: [String]
  /// Why the account could not be opened, in the words of the part that tried; nil when nothing was found at all.
  public var reason: String?
  /// Whether the built-in sandbox can be opened instead.
  public var sandboxAvailable: Bool
  /// False when credentials were found but the account still could not be opened (an endpoint that
  /// does not answer, keys it refuses): then the screen must not say that none were found.
  public var credentialsMissing: Bool
  /// The first line of the screen: what is wrong, in one sentence.
  public var headline: String

  public init(
    lookedFor: [String], reason: String? = nil, sandboxAvailable: Bool = true, credentialsMissing: Bool = true,
    headline: String? = nil
  ) {
    self.lookedFor = lookedFor
    self.reason = reason
    self.sandboxAvailable = sandboxAvailable
    self.credentialsMissing = credentialsMissing
    self.headline =
      headline
      ?? (credentialsMissing
        ? "No AWS credentials were found, so ferry cannot reach your account."
        : "ferry could not open your AWS account.")
  }
}
