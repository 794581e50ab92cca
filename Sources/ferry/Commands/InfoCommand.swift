import AWSClient
import ArgumentParser
import FerryCore
import FerryRules
import Foundation
import Sandbox
import Terminal

/// `ferry info`: where ferry keeps things and which account settings it would use — never a secret.
///
/// Wiring only: paths come from the same functions the other commands use, the settings from
/// `AWSConfiguration.resolve` (flags, environment, `~/.aws/config`), which holds no key or token.
/// Makes no network call and looks up no credentials.
struct InfoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Show ferry's files and the profile, Region and endpoint it would use (no secrets).",
    discussion: """
      Paths: the config directory ($XDG_CONFIG_HOME/ferry), your themes, the journal and the sandbox's \
      state ($XDG_STATE_HOME/ferry), and the --debug wire log. Settings: the profile, Region and EC2 \
      endpoint, each with where it came from (a flag, an environment variable or a profile). \
      Credentials are never looked up or shown.
      """
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  func run() async throws {
    try await CommandRunner.run { info() }
  }

  private func info() -> ExitStatus {
    let environment = ProcessInfo.processInfo.environment
    var facts = Self.paths(environment: environment)
    var status = ExitStatus.success
    if global.sandbox {
      facts.append(("account", "sandbox (the built-in simulated account)"))
      facts.append(("region", global.region ?? SandboxSeed.homeRegion))
      facts.append(("regionSource", global.region == nil ? "the sandbox's home Region" : "--region"))
    } else {
      do {
        let resolved = try AWSConfiguration.resolve(
          options: .init(profile: global.profile, region: global.region, endpointURL: global.endpointURL),
          environment: environment, files: .live)
        facts += Self.settings(resolved, environment: environment)
      } catch {
        let failure = CommandError(error)
        facts.append(("account", "live AWS"))
        facts.append(("error", failure.message))
        status = failure.status
      }
    }
    facts.append(("noColor", global.noColor || environment["NO_COLOR"].map { !$0.isEmpty } == true ? "yes" : "no"))
    switch output.format {
    case .json, .jsonl:
      let value = JSONValue.object(
        facts.sorted { $0.0 < $1.0 }.map { (key: $0.0, value: $0.1.map(JSONValue.string) ?? .null) })
      StandardOutput.line(output.format == .jsonl ? value.compactText : value.prettyText)
    case .text:
      let table = TextTable(header: ["WHAT", "VALUE"], rows: facts.map { [Self.label($0.0), Self.text($0.0, $0.1)] })
      table.lines(width: nil).dropFirst().forEach { StandardOutput.line($0) }
    }
    return status
  }

  /// The files and directories, as the commands that use them work them out.
  ///
  /// A path that cannot be placed (neither `XDG_*` nor `HOME` set) shows as null, not as an error.
  static func paths(environment: [String: String]) -> [(String, String?)] {
    let config = try? FerryDirectories.config(environment: environment)
    return [
      ("version", Ferry.configuration.version),
      ("configDirectory", config),
      ("themeDirectory", config.map(ThemeLoader.userDirectory(configDirectory:))),
      ("journal", (try? JournalLocation.url(environment: environment))?.path),
      ("sandboxDirectory", (try? SandboxAccount.defaultDirectory(environment: environment))?.path),
      ("debugLog", (try? WireLog.defaultDirectory(environment: environment))?.appendingPathComponent("wire.log").path),
    ]
  }

  /// Profile, Region and endpoint with where each came from.
  static func settings(_ resolved: AWSConfiguration, environment: [String: String]) -> [(String, String?)] {
    let profileSource =
      resolved.profileFromCommandLine
      ? "--profile"
      : ["AWS_PROFILE", "AWS_DEFAULT_PROFILE"].first { !(environment[$0] ?? "").isEmpty } ?? "the default"
    var facts: [(String, String?)] = [
      ("account", "live AWS"),
      ("profile", resolved.profileName),
      ("profileSource", profileSource),
      ("region", resolved.region),
    ]
    if let source = resolved.regionSource { facts.append(("regionSource", source)) }
    facts.append(("endpoint", resolved.endpointURL?.absoluteString))
    if let source = resolved.endpointSource { facts.append(("endpointSource", source)) }
    if let bundle = resolved.caBundlePath { facts.append(("caBundle", bundle)) }
    return facts
  }

  /// What an unset value means, for people.
  private static func text(_ key: String, _ value: String?) -> String {
    if let value { return value }
    switch key {
    case "region": return "(none: pass --region or set AWS_REGION)"
    case "endpoint": return "the Region's own EC2 endpoint"
    default: return "(unknown)"
    }
  }

  /// `regionSource` → `region source`, for the text table.
  private static func label(_ key: String) -> String {
    key.reduce(into: "") { text, character in
      text += character.isUppercase ? " " + character.lowercased() : String(character)
    }
  }
}
