import FerryCloud
import Foundation
import Sandbox

/// Builds the account a command talks to: the sandbox for `--sandbox`, otherwise the live AWS account.
///
/// The one place that decides which `AWSAccount` ferry uses; commands never construct one.
enum AccountFactory {
  static func make(_ options: GlobalOptions, environment: [String: String]) throws -> any AWSAccount {
    let account =
      options.sandbox ? try sandbox(options, environment: environment) : try live(options, environment: environment)
    return options.debug ? DebugAccount(base: account) : account
  }

  /// The live account: the EC2 client of `AWSClient` with the credentials chain for `--profile`,
  /// the Region from `--region` (or the environment and config), and `--endpoint-url` when given.
  ///
  /// The seam the live client plugs into. Until it does, ferry says so in one line instead of
  /// pretending to reach AWS.
  static func live(_ options: GlobalOptions, environment: [String: String]) throws -> any AWSAccount {
    throw CommandError(
      .otherError, "the live AWS account is not wired into this build yet; use --sandbox to try ferry")
  }

  /// The built-in simulated account, its state kept under `$XDG_STATE_HOME/ferry/sandbox` so a copy
  /// started by one command goes on in the next.
  static func sandbox(_ options: GlobalOptions, environment: [String: String]) throws -> any AWSAccount {
    SandboxAccount(directory: SandboxAccount.defaultDirectory(environment: environment))
  }

  /// Prints what the sandbox wants the operator to know about its stored state.
  ///
  /// A corrupt state file set aside, say, as `ferry: sandbox: …` lines on stderr. Nothing for a live account.
  static func printNotes(of account: any AWSAccount) async {
    if let debug = account as? DebugAccount { return await printNotes(of: debug.base) }
    guard let sandbox = account as? SandboxAccount else { return }
    for note in await sandbox.notes() { StandardError.line("ferry: sandbox: \(note)") }
  }
}
