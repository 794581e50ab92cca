import ArgumentParser
import FerryCloud
import FerryCore
import FerryTUI
import Foundation
import Sandbox
import Terminal

/// `ferry` with no subcommand (or `ferry tui`): the full-screen copy wizard and status pane.
///
/// Wiring only: read the environment once, open the terminal session, connect the account (the
/// sandbox with `--sandbox`), hand both to `TUIApp`, and turn how it ended into an exit status.
struct TUICommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the interactive copy wizard (the default when no subcommand is given).",
    discussion: """
      Keys: ? shows them all, : opens the command line, esc goes back, q quits. The terminal is \
      restored on every way out, including SIGINT, SIGTERM and SIGHUP; Ctrl-Z suspends.
      """
  )

  @Flag(name: .long, help: "Use the built-in simulated account (nothing is sent to AWS).")
  var sandbox = false

  @Option(name: .long, help: ArgumentHelp("The theme: default, light, high-contrast, monochrome, or a file in $XDG_CONFIG_HOME/ferry/themes.", valueName: "name"))
  var theme: String?

  @Flag(name: .long, help: "No colours (NO_COLOR is honoured too).")
  var noColor = false

  @MainActor
  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let options = TerminalOptions(environment: environment, noColorFlag: noColor)
    let session: TerminalSession
    do {
      session = try TerminalSession.start(options: options)
    } catch {
      FileHandle.standardError.write(Data("ferry: \(error.description)\n".utf8))
      throw ExitCode(2)
    }
    let themes = ThemeLoader(directories: ThemeLoader.userDirectory(environment: environment).map { [$0] } ?? [])
    let chosenTheme: Theme
    do {
      chosenTheme = try themes.resolve(name: theme, noColor: options.noColor, supportsUnicode: session.backend.supportsUnicode)
    } catch {
      session.shutdown()
      FileHandle.standardError.write(Data("ferry: \(error.description)\n".utf8))
      throw ExitCode(2)
    }
    let sandboxProvider: @Sendable () async throws -> TUIApp.Connection = {
      try await Self.sandboxConnection(environment: environment, themes: themes)
    }
    let connection = sandbox ? try? await sandboxProvider() : nil
    let explanation = connection == nil ? NoCredentials(lookedFor: CredentialPlaces.describe(environment: environment)) : nil
    let app = TUIApp(
      session: session, connection: connection, explanation: explanation,
      providers: TUIApp.Providers(sandbox: sandboxProvider), theme: chosenTheme)
    switch await app.run() {
    case .quit: return
    case .signal(.interrupt): throw ExitCode(130)
    case .signal(.hangup): throw ExitCode(129)
    case .signal: throw ExitCode(143)
    }
  }

  /// The sandbox account with its state and the journal under `$XDG_STATE_HOME/ferry/`.
  static func sandboxConnection(environment: [String: String], themes: ThemeLoader) async throws -> TUIApp.Connection {
    let account = SandboxAccount(directory: SandboxAccount.defaultDirectory(environment: environment))
    let identity = try await account.identity()
    let journal: any Journal
    if let url = JournalLocation.url(environment: environment) {
      journal = FileJournal(url: url.deletingLastPathComponent().appendingPathComponent("sandbox-journal.json"))
    } else {
      journal = InMemoryJournal()
    }
    let effects = EffectRunner(account: account, desk: CopyDesk(account: account, journal: journal), themes: themes)
    return TUIApp.Connection(identity: identity, effects: effects)
  }
}
