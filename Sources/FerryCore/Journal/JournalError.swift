/// Why the journal could not be read or written, in words an operator can act on.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A system call failed (`open`, `flock`, `rename`, …) with `errno`.
  case io(operation: String, path: String, errno: Int32)
  /// The journal file could not be decoded; it was moved aside to `movedTo`.
  case corrupt(path: String, movedTo: String, detail: String)
  /// A record was inserted with an id already in use.
  case duplicateId(String)
  /// No record has this id.
  case unknownRecord(String)

  public var description: String {
    switch self {
    case .io(let operation, let path, let errno):
      "cannot \(operation) the journal at \(path): \(String(cString: strerror(errno)))"
    case .corrupt(let path, let movedTo, let detail):
      "the journal at \(path) could not be read (\(detail)); it was moved to \(movedTo) and a new one "
        + "will be started — copies recorded in it are no longer followed, run the command again"
    case .duplicateId(let id):
      "a copy with local id \(id) is already in the journal"
    case .unknownRecord(let id):
      "no copy with local id \(id) in the journal"
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
