import FerryCloud
import Foundation
// ferry runs on Linux: flock, stat's st_mtim and the raw descriptor calls come from Glibc.
import Glibc

/// An exclusive `flock(2)` on a lock file, held for the duration of one closure.
///
/// Two ferry processes sharing a sandbox directory take it around every read-modify-write, so
/// neither loses the other's copies. Blocks the calling thread while another process holds the
/// lock (for the few milliseconds a read or write of the state takes).
struct FileLock {
  var path: String

  func withLock<Result>(_ body: () throws(AWSError) -> Result) throws(AWSError) -> Result {
    let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StateFileError.io("open the lock file \(path)", errno) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw StateFileError.io("lock \(path)", errno) }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
