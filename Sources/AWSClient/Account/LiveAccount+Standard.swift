import FerryCloud
import Foundation
import Logging

extension LiveAccount {
  /// The account the CLI and TUI use: the standard credential chain (cached), URLSession, and the
  /// `--debug` wire log under `$XDG_STATE_HOME/ferry/` when `debug` is set.
  ///
  /// - Parameters:
  ///   - resolved: the configuration `AWSConfiguration.resolve` built from flags, environment and files.
  ///   - environment: the process environment (credentials, `XDG_STATE_HOME`, `HOME`).
  ///   - timeout: how long one HTTP attempt may wait (`--cli-read-timeout`); `nil` keeps 60 s.
  ///   - mfaPrompt: asks the operator for a code when an assume-role profile has `mfa_serial`.
  /// - Throws: `AWSError` `.configuration` when the config files cannot be read, or the log cannot be opened.
  public static func standard(
    _ resolved: AWSConfiguration, environment: [String: String], debug: Bool = false, logger: Logger? = nil,
    timeout: Duration? = nil, mfaPrompt: CredentialContext.MFAPrompt? = nil
  ) throws -> LiveAccount {
    let transport = CurlTransport(caBundle: resolved.caBundlePath)
    let credentials = try CredentialChain.standard(
      configuration: resolved, environment: environment, transport: transport, mfaPrompt: mfaPrompt)
    var wireLog: WireLog?
    if debug {
      let directory: URL
      do {
        directory = try WireLog.defaultDirectory(environment: environment)
      } catch {
        throw AWSError(kind: .configuration, code: "DebugLogUnavailable", message: error.description)
      }
      do {
        wireLog = try WireLog.open(directory: directory)
      } catch {
        throw AWSError(
          kind: .configuration, code: "DebugLogUnavailable",
          message: "Cannot write the --debug log in \(directory.path): \(error.localizedDescription)")
      }
    }
    var configuration = LiveAccountConfiguration(resolved)
    configuration.credentialsLabel = credentialsLabel(resolved, environment: environment)
    if let timeout { configuration.timeout = timeout }
    return LiveAccount(
      configuration: configuration, credentials: credentials, signer: SigV4RequestSigner(),
      transport: transport, wireLog: wireLog, logger: logger)
  }

  /// Where the chain takes its keys from, for messages: the environment comes first unless `--profile`
  /// named a profile (botocore's order), else the profile.
  static func credentialsLabel(_ resolved: AWSConfiguration, environment: [String: String]) -> String {
    if !resolved.profileFromCommandLine, environment["AWS_ACCESS_KEY_ID"].map({ !$0.isEmpty }) == true {
      return "the environment (AWS_ACCESS_KEY_ID)"
    }
    return "profile \(resolved.profileName)"
  }
}
