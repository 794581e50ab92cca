import AWSClient
import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules
import FerryTUI
import Foundation
import Synchronization
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
      the destination list space marks places for a fan-out: enter then opens one form for all of \
      them, with a name per place where copies land in one Region. On the review, y copies the \
      equivalent aws command to the terminal's clipboard (OSC 52; in tmux set -g set-clipboard on) \
      and w saves the request (.json) or the command as a script (.sh). The terminal is restored on \
      every way out, including SIGINT, SIGTERM and SIGHUP; Ctrl-Z suspends. Exit status: \
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
    // No HOME: the built-in themes still work, so a missing config directory is not an error here.
    let config = try? FerryDirectories.config(environment: environment)
    let themes = ThemeLoader(directories: config.map { [ThemeLoader.userDirectory(configDirectory: $0)] } ?? [])
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
    let profile: @Sendable (String, @escaping TUIApp.Ask) async throws -> TUIApp.Connection = { name, ask in
      var options = global
      options.profile = name
      options.sandbox = false
      var context = CommandContext(options: options, environment: environment)
      // The credentials chain rewords what the prompt throws; this remembers that Ctrl-C ended it.
      let cancelled = CancelledPrompt()
      context.mfaPrompt = { serial in
        guard let code = await ask(MFAPrompt.question(serialNumber: serial)) else {
          cancelled.mark()
          throw TUIApp.PromptCancelled()
        }
        return code
      }
      do {
        return try await Self.connect(context, themes: themes)
      } catch  where cancelled.happened {
        throw TUIApp.PromptCancelled()
      }
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
      theme: chosenTheme, drafts: (try? DraftKeeper.directory(environment: environment)).map(DraftKeeper.init))
    let exit = await app.run()
    if let draft = app.keptDraft { StandardError.line("ferry: the unsubmitted request was kept in \(draft)") }
    let inFlight = app.copiesInFlight
    if !inFlight.isEmpty {
      let what = inFlight.count == 1 ? "1 copy is" : "\(inFlight.count) copies are"
      let sandbox = global.sandbox ? " --sandbox" : ""
      StandardError.line(
        "ferry: \(what) still in flight: \(inFlight.prefix(3).joined(separator: ", "))\(inFlight.count > 3 ? ", …" : "")"
      )
      StandardError.line("ferry: they go on without ferry; follow them with `ferry watch\(sandbox)`")
    }
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

/// Whether the operator pressed Ctrl-C at a prompt, kept across the credentials chain (which rewords errors).
private final class CancelledPrompt: Sendable {
  private let flag = Atomic<Bool>(false)
  func mark() { flag.store(true, ordering: .relaxed) }
  var happened: Bool { flag.load(ordering: .relaxed) }
}
