import Foundation
import Testing

/// The files generated from the argument parser (scripts/gen-docs) stay in step with it.
@Suite struct DocsTests {
  private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  private let home = FerryRun.Home()

  private func text(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: Self.repository.appendingPathComponent(path)), as: UTF8.self)
  }

  // MARK: - Completions

  @Test(arguments: [
    ("bash", "completions/ferry.bash"), ("zsh", "completions/_ferry"), ("fish", "completions/ferry.fish"),
  ])
  func completionsAreUpToDate(shell: String, path: String) throws {
    let generated = try FerryRun.run(["--generate-completion-script", shell], home: home)
    #expect(generated.status == 0)
    #expect(try text(path) == generated.stdout, "run scripts/gen-docs")
  }

  // MARK: - Man page

  @Test func theManPageNamesEveryCommandAndOption() throws {
    let page = try text("docs/ferry.1")
    let dump = try FerryRun.run(["--experimental-dump-help"], home: home)
    let root = try #require((dump.json as? [String: Any])?["command"] as? [String: Any])
    let commands = try #require(root["subcommands"] as? [[String: Any]]).filter {
      $0["commandName"] as? String != "help"
    }
    #expect(commands.count >= 7)
    for command in commands {
      let name = try #require(command["commandName"] as? String)
      #expect(page.contains(".SS ferry " + name), "ferry \(name) is missing: run scripts/gen-docs")
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        for spelled in argument["names"] as? [[String: String]] ?? [] where spelled["kind"] == "long" {
          let roff = "\\fB\\-\\-" + (spelled["name"] ?? "").replacingOccurrences(of: "-", with: "\\-") + "\\fR"
          #expect(page.contains(roff), "--\(spelled["name"] ?? "") of ferry \(name) is missing: run scripts/gen-docs")
        }
      }
    }
  }

  // MARK: - Help text against behaviour, where that is mechanical

  /// Every long option of every command in the parser's dump: (command, name, help).
  private func options() throws -> [(command: String, name: String, help: String)] {
    let dump = try FerryRun.run(["--experimental-dump-help"], home: home)
    let root = try #require((dump.json as? [String: Any])?["command"] as? [String: Any])
    var found: [(String, String, String)] = []
    for command in root["subcommands"] as? [[String: Any]] ?? [] {
      let name = command["commandName"] as? String ?? ""
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        let help = argument["abstract"] as? String ?? ""
        for spelled in argument["names"] as? [[String: String]] ?? [] where spelled["kind"] == "long" {
          found.append((name, spelled["name"] ?? "", help))
        }
      }
    }
    return found
  }

  /// A `--no-X` flag's help says it turns something off; when `--X` shares the help (an inversion), the help
  /// names `--no-X` so neither reads as the other (the man page once said `--no-encrypted` "Encrypt the copy").
  @Test func everyNoFlagsHelpSaysItTurnsTheThingOff() throws {
    let all = try options()
    let negatives = all.filter { $0.name.hasPrefix("no-") }
    #expect(negatives.contains { $0.name == "no-encrypted" })
    for option in negatives {
      let help = option.help.lowercased()
      let saysOff = help.contains("off") || help.contains("false") || help.contains("never")
      #expect(
        saysOff, "ferry \(option.command) --\(option.name): \"\(option.help)\" does not say it turns anything off")
      let positive = String(option.name.dropFirst(3))
      if all.contains(where: { $0.command == option.command && $0.name == positive }) {
        // Shared help names each flag before saying what it does, so neither reads as the other's.
        #expect(
          help.contains("--" + option.name) && help.contains("--" + positive),
          "ferry \(option.command): --\(positive) and --\(option.name) share \"\(option.help)\"; name both")
      }
    }
  }

  @Test func everyOptionTheManPageNamesExists() throws {
    let page = try text("docs/ferry.1")
    let known = Set(try options().map(\.name) + ["help", "version"])
    let pattern = try NSRegularExpression(pattern: #"\\fB\\-\\-([a-z0-9\\-]+)\\fR"#)
    let range = NSRange(page.startIndex..., in: page)
    let named = pattern.matches(in: page, range: range).compactMap { match in
      Range(match.range(at: 1), in: page).map { page[$0].replacingOccurrences(of: "\\-", with: "-") }
    }
    #expect(named.count > 20)
    for name in Set(named) { #expect(known.contains(name), "ferry.1 names --\(name), which no command has") }
  }

  @Test(arguments: [
    "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL", "AWS_CA_BUNDLE",
    "XDG_STATE_HOME", "XDG_CONFIG_HOME", "NO_COLOR",
  ])
  func theManPageDocumentsTheEnvironment(variable: String) throws {
    #expect(try text("docs/ferry.1").contains(".B " + variable + "\n"))
  }

  /// `--output` belongs to the commands that print a result; the full-screen `tui` refuses it as unknown.
  @Test func onlyCommandsThatPrintAResultTakeOutput() throws {
    for command in ["copy", "plan", "list", "status", "watch", "cancel", "info"] {
      #expect(try FerryRun.run([command, "--help"], home: home).stdout.contains("--output <output>"), "\(command)")
    }
    #expect(!(try FerryRun.run(["tui", "--help"], home: home).stdout.contains("--output")))
    let refused = try FerryRun.run(["tui", "--output", "json"], home: home)
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("Unknown option '--output'"))
  }

  @Test func everyExitStatusIsDocumentedEverywhere() throws {
    let help = try FerryRun.run(["--help"], home: home).stdout
    let page = try text("docs/ferry.1")
    let runbooks = try text("docs/runbooks.md")
    for code in [0, 1, 2, 3, 4, 5, 6, 7, 64, 129, 130, 143] {
      #expect(help.contains("\n  \(code) "), "ferry --help lacks \(code)")
      #expect(page.contains(".B \(code)\n"), "ferry.1 lacks \(code)")
      #expect(runbooks.contains("| \(code) |"), "runbooks.md lacks \(code)")
    }
  }
}
