import ArgumentParser

/// Options every command shares, named as the AWS CLI names them.
///
/// `--profile`, `--region` and `--endpoint-url` mean what they mean to `aws`; `--sandbox` swaps the
/// account for the built-in simulated one. Parsing only: the account is built by `AccountFactory`.
struct GlobalOptions: ParsableArguments {
  @Option(help: "Use a named profile from ~/.aws/config and ~/.aws/credentials.")
  var profile: String?

  @Option(help: "The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile's).")
  var region: String?

  @Option(name: .customLong("endpoint-url"), help: "Send EC2 calls to this URL instead of the Region's endpoint.")
  var endpointURL: String?

  @Flag(help: "Use the built-in simulated account instead of AWS.")
  var sandbox = false

  @Flag(help: "Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.")
  var debug = false

  @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR is honoured too).")
  var noColor = false

  @Option(help: "json (for scripts) or text (for people).")
  var output: OutputFormat = .text

  func validate() throws {
    if sandbox, endpointURL != nil {
      throw ValidationError("--sandbox and --endpoint-url cannot be used together")
    }
    if sandbox, profile != nil {
      throw ValidationError("--sandbox and --profile cannot be used together")
    }
  }
}

/// How a command prints its result on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case json, text
}
