import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Asks the operator for an MFA code on the controlling terminal, as the AWS CLI does for an
/// assume-role profile with `mfa_serial`.
///
/// Reads `/dev/tty`, not stdin, so it works while stdin or stdout are redirected in a runbook; with
/// no terminal at all it fails in one line instead of hanging.
enum MFAPrompt {
  /// The question, as the AWS CLI words it; the TUI asks the same off its screen.
  static func question(serialNumber: String) -> String { "Enter MFA code for \(serialNumber): " }

  static func code(serialNumber: String) throws -> String {
    guard let tty = fopen("/dev/tty", "r+") else {
      throw CommandError(
        .notAuthorised,
        "the profile needs an MFA code for \(serialNumber), and there is no terminal to ask for it on")
    }
    defer { fclose(tty) }
    fputs(question(serialNumber: serialNumber), tty)
    fflush(tty)
    var buffer = [CChar](repeating: 0, count: 64)
    guard fgets(&buffer, Int32(buffer.count), tty) != nil else {
      throw CommandError(.notAuthorised, "no MFA code was entered for \(serialNumber)")
    }
    let code = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return code.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
