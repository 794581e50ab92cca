import AWSClient
import FerryCloud
import FerryCore
import Foundation

/// What a command needs from the outside world, gathered once: environment, journal, account, clock.
///
/// The account is built lazily, so `ferry status` on finished copies works with no network at all.
struct CommandContext {
  let options: GlobalOptions
  let environment: [String: String]
  let time: any TimeSource = SystemTimeSource()

  init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.options = options
    self.environment = environment
  }

  func journal() throws -> FileJournal {
    FileJournal(
      url: try JournalLocation.url(environment: environment),
      retention: try FerrySettings.journalRetention(flag: options.journalRetention, environment: environment))
  }

  /// How an assume-role profile with `mfa_serial` asks for its code: on `/dev/tty` by default; the TUI
  /// asks off its screen instead.
  var mfaPrompt: CredentialContext.MFAPrompt = { serial in try MFAPrompt.code(serialNumber: serial) }

  func account() throws -> any AWSAccount {
    try AccountFactory.make(options, environment: environment, mfaPrompt: mfaPrompt)
  }

  /// How the journal names the account in use: `sandbox`, or the partition and account id.
  func accountKey(_ account: any AWSAccount) async throws -> String {
    options.sandbox ? "sandbox" : try await account.identity().journalKey
  }

  /// Whether a record may belong to the account these options select, judged without asking it:
  /// sandbox copies are never live ones and the other way round.
  func mayOwn(_ record: CopyRecord) -> Bool {
    guard let account = record.account else { return true }
    return options.sandbox == (account == "sandbox")
  }

  /// `--region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the account's own.
  func region(account: any AWSAccount, preferring preferred: String? = nil) async throws -> String {
    if let region = options.region ?? preferred ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] {
      return region
    }
    return try await account.identity().region
  }

  /// Progress on stderr: live on a terminal, plain lines otherwise.
  func reporter() -> ProgressReporter {
    ProgressReporter(
      live: StandardError.isTerminal && environment["TERM"] != "dumb",
      width: StandardError.terminalWidth(environment: environment))
  }
}
