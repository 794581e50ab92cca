import Terminal

/// The `:` command line: what commands exist, how a line is parsed, and how a name is completed.
public enum CommandLineParser {
  public enum Parsed: Sendable, Equatable {
    case region(String)
    case profile(String)
    case theme(String)
    case screen(AppState.Screen)
    case help
    case quit
    /// `:draft` restores the kept request; `:draft discard` deletes it.
    case draft(discard: Bool)
  }

  /// Command names, in the order completion offers them.
  public static let names = [
    "region", "profile", "theme", "draft", "source", "destination", "options", "review", "status", "help", "quit", "q",
  ]

  /// Theme names offered by completion (a user's own theme files load too).
  public static let themeNames = Theme.builtIn.keys.sorted()

  /// Parses one line (without the `:`); the error is the sentence to show.
  public static func parse(_ line: String) -> Result<Parsed, Failure> {
    let words = line.split(separator: " ").map(String.init)
    guard let verb = words.first?.lowercased() else {
      return .failure(Failure("Type a command, e.g. :region eu-west-1"))
    }
    let argument = words.dropFirst().first
    switch verb {
    case "region", "profile", "theme":
      guard let argument else { return .failure(Failure(":\(verb) needs a value, e.g. :\(verb) \(example(verb))")) }
      if verb == "region" { return .success(.region(argument)) }
      if verb == "profile" { return .success(.profile(argument)) }
      return .success(.theme(argument))
    case "q", "quit", "q!":
      return .success(.quit)
    case "help":
      return .success(.help)
    case "draft":
      switch argument {
      case nil, "restore": return .success(.draft(discard: false))
      case "discard": return .success(.draft(discard: true))
      default: return .failure(Failure(":draft takes restore or discard, e.g. :draft discard"))
      }
    default:
      if let screen = AppState.Screen(rawValue: verb) { return .success(.screen(screen)) }
      return .failure(Failure("Unknown command \":\(verb)\". Commands: " + names.dropLast().joined(separator: ", ")))
    }
  }

  /// Completes the word being typed: a command name, or the value after `theme `, `region `, `profile ` or
  /// `draft ` (the Regions and profiles are the caller's: update knows them, the parser does not).
  public static func complete(_ line: String, regions: [String] = [], profiles: [String] = []) -> String {
    guard let (head, matches) = split(line, regions: regions, profiles: profiles) else { return line }
    if matches.count == 1 { return head + matches[0] + (head.isEmpty ? " " : "") }
    return commonPrefix(matches).map { head + $0 } ?? line
  }

  /// What the word being typed could become, or nil when there is nothing to complete there.
  public static func candidates(_ line: String, regions: [String] = [], profiles: [String] = []) -> [String]? {
    split(line, regions: regions, profiles: profiles)?.1
  }

  /// The line up to the word being typed, and the words that start with it.
  private static func split(_ line: String, regions: [String], profiles: [String]) -> (String, [String])? {
    guard let space = line.firstIndex(of: " ") else {
      return ("", names.filter { $0.hasPrefix(line.lowercased()) })
    }
    let verb = line[..<space].lowercased()
    let partial = String(line[line.index(after: space)...])
    guard !partial.contains(" ") else { return nil }
    let values: [String]
    switch verb {
    case "theme": values = themeNames
    case "region": values = regions
    case "profile": values = profiles
    case "draft": values = ["restore", "discard"]
    default: return nil
    }
    return (verb + " ", values.filter { $0.hasPrefix(partial) })
  }

  private static func commonPrefix(_ words: [String]) -> String? {
    guard var prefix = words.first else { return nil }
    for word in words.dropFirst() {
      while !word.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  private static func example(_ verb: String) -> String {
    switch verb {
    case "region": "eu-west-1"
    case "profile": "prod"
    default: "high-contrast"
    }
  }
}
