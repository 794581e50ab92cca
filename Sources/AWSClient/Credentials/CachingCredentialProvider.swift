import AWSSigning
import Foundation

/// Keeps the credentials of another provider until shortly before they expire.
///
/// Credentials without an expiry are kept for good. Temporary ones are fetched again once fewer than
/// `refreshWindow` seconds remain (botocore refreshes 15 to 10 minutes ahead; five minutes is enough for
/// one EC2 call and its retries). Concurrent callers share one fetch: an actor, with the fetch in flight
/// kept as a task. If a refresh fails while the old credentials have not yet expired, they are still
/// served.
public actor CachingCredentialProvider: CredentialProvider {
  private let base: any CredentialProvider
  private let now: @Sendable () -> Date
  private let refreshWindow: TimeInterval
  private var cached: Credentials?
  private var inFlight: Task<Credentials, any Error>?

  public init(
    _ base: any CredentialProvider, refreshWindow: TimeInterval = 300, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.base = base
    self.refreshWindow = refreshWindow
    self.now = now
  }

  public func credentials() async throws -> Credentials {
    let current = now()
    if let cached, !needsRefresh(cached, at: current) { return cached }
    let task: Task<Credentials, any Error>
    if let inFlight {
      task = inFlight
    } else {
      let base = self.base
      task = Task { try await base.credentials() }
      inFlight = task
    }
    do {
      let fresh = try await task.value
      if inFlight == task {
        cached = fresh
        inFlight = nil
      }
      return fresh
    } catch {
      if inFlight == task { inFlight = nil }
      if let cached, let expiration = cached.expiration, expiration > now() { return cached }
      throw error
    }
  }

  /// Forgets the cached credentials, so the next call fetches (after the service rejected them).
  public func invalidate() {
    cached = nil
  }

  private func needsRefresh(_ credentials: Credentials, at date: Date) -> Bool {
    guard let expiration = credentials.expiration else { return false }
    return expiration.timeIntervalSince(date) < refreshWindow
  }
}
