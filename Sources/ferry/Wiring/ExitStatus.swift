import ArgumentParser
import FerryCloud

/// Every exit status ferry's commands use, in one place, and the help text that lists them.
///
/// 64 is swift-argument-parser's own status for a usage error (`ExitCode.validationFailure`,
/// EX_USAGE); ferry keeps it rather than remap it, so a script can tell "wrong flags" from the rest.
enum ExitStatus: Int32, CaseIterable, Sendable {
  /// Done; with `--wait`, the copy succeeded.
  case success = 0
  /// The request has an error finding: nothing was sent.
  case invalidRequest = 1
  /// A file could not be read or parsed, or an id names nothing in the journal.
  case unreadableInput = 2
  /// The copy failed, or EC2 refused it.
  case copyFailed = 3
  /// `--timeout` passed before the copy ended (it goes on; `ferry status` follows it).
  case timedOut = 4
  /// No credentials, or AWS rejected them or the permission (`AuthFailure`, `UnauthorizedOperation`).
  case notAuthorised = 5
  /// EC2 kept throttling (`RequestLimitExceeded`) beyond the retries.
  case throttled = 6
  /// Anything else: network, journal, configuration.
  case otherError = 7
  /// Wrong flags or arguments (swift-argument-parser's status).
  case usage = 64
  /// SIGHUP (a dropped SSH session) stopped `--wait` or `watch`; the copies go on.
  case hangUp = 129
  /// SIGINT (Ctrl-C) stopped `--wait` or `watch` (the copies go on), or the operator answered no to `cancel`.
  case interrupted = 130
  /// SIGTERM stopped `--wait` or `watch`; the copies go on.
  case terminated = 143

  var code: ExitCode { ExitCode(rawValue) }

  /// The status an AWS error of this kind ends a command with: 5 not authorised, 6 throttled, else `otherwise`.
  ///
  /// The kind comes from FerryCloud's one classification, live or sandbox, and is journalled with a
  /// copy's error, so `ferry copy`, `ferry watch` and a thrown error agree.
  static func of(_ kind: AWSError.Kind, otherwise: ExitStatus) -> ExitStatus {
    switch kind {
    case .credentials: .notAuthorised
    case .throttling: .throttled
    case .service, .network, .invalidResponse, .configuration: otherwise
    }
  }

  /// The status for a signal that stopped a wait: 128 + its number, as shells report it.
  static func stopped(by signal: Int32) -> ExitStatus {
    ExitStatus(rawValue: 128 + signal) ?? .otherError
  }

  /// The table printed in `ferry --help`.
  static let help = """
    Exit status:
      0   success (with --wait: every copy succeeded)
      1   the request is not valid; nothing was sent
      2   a file cannot be read or parsed, or an id is not in the journal
      3   a copy failed, or EC2 refused it
      4   --timeout passed first; the copy goes on (ferry watch)
      5   not authorised: missing or rejected credentials or permission
      6   throttled by EC2 beyond the retries
      7   any other error (network, journal, configuration)
      64  usage error (wrong flags; cancel with no terminal and no --yes)
      129 SIGHUP stopped the waiting; the copy goes on (ferry watch)
      130 SIGINT stopped the waiting, or cancel was answered no
      143 SIGTERM stopped the waiting; the copy goes on (ferry watch)
    """
}
