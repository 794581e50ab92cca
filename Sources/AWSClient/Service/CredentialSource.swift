import AWSSigning

/// Supplies credentials for each attempt (cached and refreshed by the provider as it sees fit).
public protocol CredentialSource: Sendable {
  func credentials() async throws -> Credentials
}
