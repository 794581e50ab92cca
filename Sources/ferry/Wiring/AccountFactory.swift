import AWSClient
import FerryCloud
import Foundation
import Sandbox

/// Builds the account a command talks to: the sandbox for `--sandbox`, otherwise the live AWS account.
///
/// The one place that decides which `AWSAccount` ferry uses; commands never construct one.
enum AccountFactory {
  static func make(
    _ options: GlobalOptions, environment: [String: String],
    mfaPrompt: @escaping CredentialContext.MFAPrompt = { serial in try MFAPrompt.code(serialNumber: serial) }
  ) throws -> any AWSAccount {
    guard options.sandbox else { return try live(options, environment: environment, mfaPrompt: mfaPrompt) }
    let account = try sandbox(options, environment: environment)
    return options.debug ? DebugAccount(base: account, log: try debugLog(environment: environment)) : account
  }

  /// The live account: the EC2 client of `AWSClient` with the credentials chain for `--profile`,
  /// the Region from `--region` (or the environment and config), and `--endpoint-url` when given.
  ///
  /// Configuration is resolved in the AWS CLI's order (flags, environment, `~/.aws/config` and
  /// `~/.aws/credentials`); credentials are looked up lazily, on the first call, by the SDK chain.
  /// With `--debug` every request and response goes to the wire log, secrets redacted.
  static func live(
    _ options: GlobalOptions, environment: [String: String],
    mfaPrompt: @escaping CredentialContext.MFAPrompt = { serial in try MFAPrompt.code(serialNumber: serial) }
  ) throws -> any AWSAccount {
    let resolved = try AWSConfiguration.resolve(
      options: .init(profile: options.profile, region: options.region, endpointURL: options.endpointURL),
      environment: environment, files: .live)
    guard resolved.region != nil else {
      throw CommandError(
        .usage,
        "no Region is configured: pass --region, set AWS_REGION, or add region to profile \(resolved.profileName)")
    }
    return try LiveAccount.standard(
      resolved, environment: environment, debug: options.debug, timeout: options.requestTimeout,
      mfaPrompt: mfaPrompt)
  }

  /// The `--debug` log under `$XDG_STATE_HOME/ferry/`, the same file the live client writes to.
  private static func debugLog(environment: [String: String]) throws -> WireLog {
    let directory = try WireLog.defaultDirectory(environment: environment)
    do {
      return try WireLog.open(directory: directory)
    } catch {
      throw CommandError(.otherError, "cannot write the --debug log in \(directory.path): \(error)")
    }
  }

  /// The built-in simulated account, its state kept under `$XDG_STATE_HOME/ferry/sandbox` so a copy
  /// started by one command goes on in the next.
  static func sandbox(_ options: GlobalOptions, environment: [String: String]) throws -> any AWSAccount {
    SandboxAccount(directory: try SandboxAccount.defaultDirectory(environment: environment))
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
