import ArgumentParser
import FerryCore

/// Options every command shares, named as the AWS CLI names them.
///
/// `--profile`, `--region` and `--endpoint-url` mean what they mean to `aws`; `--sandbox` swaps the
/// account for the built-in simulated one. Parsing only: the account is built by `AccountFactory`.
struct GlobalOptions: ParsableArguments {
  @Option(help: "Use a named profile from ~/.aws/config and ~/.aws/credentials.", completion: Completions.profile)
  var profile: String?

  @Option(
    help: "The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile's).",
    completion: Completions.region)
  var region: String?

  @Option(name: .customLong("endpoint-url"), help: "Send EC2 calls to this URL instead of the Region's endpoint.")
  var endpointURL: String?

  @Flag(help: "Use the built-in simulated account instead of AWS.")
  var sandbox = false

  @Flag(help: "Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.")
  var debug = false

  @Option(
    name: .customLong("cli-read-timeout"),
    help: ArgumentHelp(
      "How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.",
      valueName: "seconds"))
  var readTimeout: Int?

  /// Checked by `validate`, read by `FerrySettings.journalRetention`.
  @Option(name: .customLong("journal-retention"), help: ArgumentHelp(Self.retentionHelp, valueName: "duration"))
  var journalRetention: String?

  private static let retentionHelp =
    "How long finished copies stay in the journal before they move to its archive "
    + "(default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config)."

  @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR is honoured too).")
  var noColor = false

  func validate() throws {
    if sandbox, endpointURL != nil {
      throw ValidationError("--sandbox and --endpoint-url cannot be used together")
    }
    if let readTimeout, readTimeout < 0 {
      throw ValidationError("--cli-read-timeout must be a whole number of seconds, 0 or more, not \(readTimeout)")
    }
    if let journalRetention, Durations.parse(journalRetention) == nil {
      throw ValidationError("--journal-retention must be a duration such as 30d or 12h, not \"\(journalRetention)\"")
    }
    if sandbox, profile != nil {
      throw ValidationError("--sandbox and --profile cannot be used together")
    }
  }

  /// The per-request timeout `--cli-read-timeout` asks for; `nil` keeps the default.
  var requestTimeout: Duration? {
    readTimeout.map { $0 == 0 ? .seconds(365 * 24 * 3600) : .seconds($0) }
  }
}
