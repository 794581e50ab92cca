import AWSClient
import ArgumentParser
import FerryCloud
import FerryCore
import FerryTUI
import Foundation
import Terminal

/// `ferry` with no subcommand (or `ferry tui`): the full-screen copy wizard and status pane.
///
/// Wiring only: read the environment once, open the terminal session, build the account with the
/// shared `AccountFactory` (the sandbox with `--sandbox`) and the shared journal, hand them to
/// `TUIApp`, and turn how it ended into an exit status. When no account can be built, the TUI opens
/// on a screen that says why in plain words and offers the sandbox.
struct TUICommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the interactive copy wizard (the default when no subcommand is given).",
    discussion: """
      Keys: ? shows them all, : opens the command line (Tab completes), esc goes back, q quits. On \
      the review, y copies the equivalent aws command to the terminal's clipboard (OSC 52; in tmux \
      set -g set-clipboard on) and w saves the request (.json) or the command as a script (.sh). The \
      terminal is restored on every way out, including SIGINT, SIGTERM and SIGHUP; Ctrl-Z suspends. \
      Exit status: \
      0 after q, 130 after Ctrl-C, 129 after SIGHUP and 143 after SIGTERM (an unsubmitted form is \
      kept as a draft), 7 when the terminal cannot show it (TERM=dumb, not a terminal).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The theme: default, light, high-contrast, monochrome, or a file in $XDG_CONFIG_HOME/ferry/themes.",
      valueName: "name"),
    completion: .list(Theme.builtIn.keys.sorted()))
  var theme: String?

  @MainActor
  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let options = TerminalOptions(environment: environment, noColorFlag: global.noColor)
    let themes = ThemeLoader(directories: ThemeLoader.userDirectory(environment: environment).map { [$0] } ?? [])
    // A terminal that cannot show the interface is refused before anything reaches for the account,
    // so `TERM=dumb` gets its one line at once rather than after credential lookups and retries.
    do {
      try TerminalSession.check(options: options)
    } catch {
      StandardError.line("ferry: \(error.description)")
      throw ExitStatus.otherError.code
    }
    // Account first, screen second: nothing the account does may print over the screen.
    let context = CommandContext(options: global, environment: environment)
    var explanation: NoCredentials?
    var connection: TUIApp.Connection?
    do {
      connection = try await Self.connect(context, themes: themes)
    } catch {
      // Only a chain that found nothing at all means "no credentials"; anything else is a reason.
      let missing = (error as? AWSError)?.code == "NoCredentials"
      let noRegion = (error as? CommandError)?.status == .usage
      explanation = NoCredentials(
        // When nothing was found, the list of places says it all; the chain's own sentence repeats it.
        lookedFor: CredentialPlaces.describe(environment: environment), reason: missing ? nil : Self.sentence(error),
        credentialsMissing: missing,
        headline: noRegion ? "No AWS Region is configured, so ferry cannot reach your account." : nil)
    }
    var sandboxOptions = global
    sandboxOptions.sandbox = true
    sandboxOptions.profile = nil
    sandboxOptions.endpointURL = nil
    let sandboxContext = CommandContext(options: sandboxOptions, environment: environment)
    let global = self.global
    let profile: @Sendable (String) async throws -> TUIApp.Connection = { name in
      var options = global
      options.profile = name
      options.sandbox = false
      return try await Self.connect(CommandContext(options: options, environment: environment), themes: themes)
    }
    let session: TerminalSession
    do {
      session = try TerminalSession.start(options: options)
    } catch {
      StandardError.line("ferry: \(error.description)")
      throw ExitStatus.otherError.code
    }
    let chosenTheme: Theme
    do {
      chosenTheme = try themes.resolve(
        name: theme, noColor: options.noColor, supportsUnicode: session.backend.supportsUnicode)
    } catch {
      session.shutdown()
      StandardError.line("ferry: \(error.description)")
      throw ExitStatus.otherError.code
    }
    let app = TUIApp(
      session: session, connection: connection, explanation: explanation,
      providers: TUIApp.Providers(
        sandbox: { try await Self.connect(sandboxContext, themes: themes) }, profile: profile),
      theme: chosenTheme, drafts: DraftKeeper.directory(environment: environment).map(DraftKeeper.init))
    let exit = await app.run()
    if let draft = app.keptDraft { StandardError.line("ferry: the unsubmitted request was kept in \(draft)") }
    switch exit {
    case .quit: return
    case .signal(.interrupt): throw ExitCode(130)
    case .signal(.hangup): throw ExitCode(129)
    case .signal: throw ExitCode(143)
    }
  }

  /// The account of these options with the shared journal, ready for the TUI.
  static func connect(_ context: CommandContext, themes: ThemeLoader) async throws -> TUIApp.Connection {
    let account = try context.account()
    let identity = try await account.identity()
    let desk = CopyDesk(account: account, journal: try context.journal(), accountKey: identity.journalKey)
    let environment = context.environment
    let effects = EffectRunner(
      account: account, desk: desk, themes: themes,
      profileNames: { (try? SharedConfig.load(environment: environment, files: .live).profileNames) ?? [] })
    return TUIApp.Connection(identity: identity, effects: effects)
  }

  private static func sentence(_ error: any Error) -> String {
    String(describing: error)
  }
}
