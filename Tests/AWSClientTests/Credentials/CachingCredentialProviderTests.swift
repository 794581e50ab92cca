import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Synchronization
import Testing

/// The cache in front of the chain, on a test clock.
struct CachingCredentialProviderTests {
  /// Hands out credentials numbered by call, expiring `lifetime` seconds after the clock's now; can be
  /// told to fail, and to wait a little so concurrent callers overlap.
  private final class CountingProvider: CredentialProvider {
    let calls = Mutex(0)
    let failing = Mutex(false)
    let clock: TestClock
    let lifetime: TimeInterval?

    init(clock: TestClock, lifetime: TimeInterval?) {
      self.clock = clock
      self.lifetime = lifetime
    }

    func credentials() async throws -> Credentials {
      let number = calls.withLock { count in
        count += 1
        return count
      }
      try await Task.sleep(for: .milliseconds(20))
      if failing.withLock({ $0 }) { throw AWSError(kind: .network, code: "NetworkError", message: "down") }
      return Credentials(
        accessKeyId: "KEY\(number)", secretAccessKey: "s", expiration: lifetime.map { clock.now.addingTimeInterval($0) }
      )
    }
  }

  // MARK: - Refresh

  @Test func keepsCredentialsUntilFiveMinutesBeforeExpiry() async throws {
    let clock = TestClock()
    let base = CountingProvider(clock: clock, lifetime: 3600)
    let cache = CachingCredentialProvider(base, now: { clock.now })
    #expect(try await cache.credentials().accessKeyId == "KEY1")
    clock.advance(by: 3600 - 301)
    #expect(try await cache.credentials().accessKeyId == "KEY1")
    clock.advance(by: 2)
    #expect(try await cache.credentials().accessKeyId == "KEY2")
  }

  @Test func keepsLongTermKeysForGood() async throws {
    let clock = TestClock()
    let base = CountingProvider(clock: clock, lifetime: nil)
    let cache = CachingCredentialProvider(base, now: { clock.now })
    _ = try await cache.credentials()
    clock.advance(by: 86_400 * 365)
    #expect(try await cache.credentials().accessKeyId == "KEY1")
    #expect(base.calls.withLock { $0 } == 1)
  }

  @Test func concurrentCallersShareOneFetch() async throws {
    let clock = TestClock()
    let base = CountingProvider(clock: clock, lifetime: 3600)
    let cache = CachingCredentialProvider(base, now: { clock.now })
    let keys = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<20 { group.addTask { try await cache.credentials().accessKeyId } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(Set(keys) == ["KEY1"])
    #expect(base.calls.withLock { $0 } == 1)
  }

  @Test func servesUnexpiredCredentialsWhenARefreshFails() async throws {
    let clock = TestClock()
    let base = CountingProvider(clock: clock, lifetime: 3600)
    let cache = CachingCredentialProvider(base, now: { clock.now })
    _ = try await cache.credentials()
    base.failing.withLock { $0 = true }
    clock.advance(by: 3500)
    #expect(try await cache.credentials().accessKeyId == "KEY1")
    clock.advance(by: 200)
    await #expect(throws: AWSError.self) { try await cache.credentials() }
  }

  @Test func invalidateForcesAFetch() async throws {
    let clock = TestClock()
    let cache = CachingCredentialProvider(CountingProvider(clock: clock, lifetime: nil), now: { clock.now })
    _ = try await cache.credentials()
    await cache.invalidate()
    #expect(try await cache.credentials().accessKeyId == "KEY2")
  }
}
