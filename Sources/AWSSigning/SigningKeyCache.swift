import Crypto
import Synchronization

/// Remembers the last derived signing key of one signer, by day.
///
/// A signer's secret, Region and service never change, so the key changes only at midnight UTC; deriving
/// it costs four HMACs per request otherwise. Thread-safe through a `Mutex`; the lock is held only to
/// read or store the entry, never while deriving. Holds key material in memory only and never prints it.
final class SigningKeyCache: Sendable {
  /// Raw key bytes rather than a `SymmetricKey`, which is not `Sendable`.
  private struct Entry: Sendable {
    var day: String
    var key: [UInt8]
  }

  private let entry = Mutex<Entry?>(nil)

  /// Returns the cached key for `day`, or derives it with `derive` and keeps it.
  func key(forDay day: String, derive: () -> SymmetricKey) -> SymmetricKey {
    if let cached = entry.withLock({ $0?.day == day ? $0?.key : nil }) {
      return SymmetricKey(data: cached)
    }
    let key = derive()
    let bytes = key.withUnsafeBytes { [UInt8]($0) }
    entry.withLock { $0 = Entry(day: day, key: bytes) }
    return key
  }
}
