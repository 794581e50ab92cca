/// Why the full-screen interface cannot start; `description` is the one line the CLI prints.
public struct TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Code: Sendable, Equatable {
    /// `TERM=dumb` (or empty): no cursor addressing.
    case dumbTerminal
    /// Standard input or output is not a terminal (piped, redirected).
    case notATerminal
    /// No terminfo entry worked, not even the fallbacks.
    case unknownTerminal
  }

  public let code: Code
  public let description: String

  public static func dumbTerminal(term: String) -> TerminalError {
    TerminalError(
      code: .dumbTerminal,
      description: "TERM=\(term.isEmpty ? "(empty)" : term) cannot show the full-screen interface; "
        + "use the command-line commands instead (see --help)")
  }

  public static let notATerminal = TerminalError(
    code: .notATerminal,
    description: "standard input and output must be a terminal for the full-screen interface; "
      + "use the command-line commands instead (see --help)")

  public static func unknownTerminal(term: String, tried: [String]) -> TerminalError {
    TerminalError(
      code: .unknownTerminal,
      description: "no terminal description found for TERM=\(term) (also tried \(tried.joined(separator: ", "))); "
        + "set TERM to one this host knows, e.g. TERM=xterm-256color")
  }
}
