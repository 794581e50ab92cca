import AWSSigning

/// Anything that hands out AWS credentials: one source, the whole chain, or a cache around either.
///
/// Implementations may do I/O (files, HTTP through ``HTTPTransport``, a child process) and must be safe to
/// call from many tasks at once. Errors are `AWSError` of kind `.credentials` or `.configuration`, and
/// never include a key or a token.
public protocol CredentialProvider: Sendable {
  func credentials() async throws -> Credentials
}

/// One link of the credential chain: a place credentials may be configured.
///
/// `load()` returns `nil` when nothing is configured here, so the chain moves on; it throws when
/// something *is* configured but does not work (an expired SSO token, a failing credential_process), and
/// the chain stops there with that error, as botocore's does.
public protocol CredentialSource: CredentialProvider {
  /// Where this source looked, in plain words, for the "no credentials" message.
  var lookedAt: String { get }
  func load() async throws -> Credentials?
}

extension CredentialSource {
  public func credentials() async throws -> Credentials {
    guard let credentials = try await load() else { throw CredentialErrors.notFound([lookedAt]) }
    return credentials
  }
}
