/// How to open the terminal: read from the environment and flags once, then passed in.
///
/// No global state: the CLI builds this from `ProcessInfo.processInfo.environment` and its
/// `--no-color` flag; tests build it by hand.
public struct TerminalOptions: Sendable, Equatable {
  /// `$TERM`; nil when unset.
  public var term: String?
  /// `NO_COLOR` set to a non-empty value (https://no-color.org) or `--no-color`: attributes only.
  public var noColor: Bool
  /// File descriptors to read keys from and write the screen to.
  public var inputDescriptor: Int32
  public var outputDescriptor: Int32
  /// Refuse to start when input or output is not a terminal (off only for byte-counting tests).
  public var requireTerminal: Bool
  /// How long ncurses waits after ESC for the rest of an escape sequence; short so Esc feels instant.
  public var escapeDelayMilliseconds: Int
  /// The locale the environment asks for (`TerminalSetup.requestedLocale`); nil when none is set.
  public var locale: String?

  public init(
    term: String?, noColor: Bool = false, inputDescriptor: Int32 = 0, outputDescriptor: Int32 = 1,
    requireTerminal: Bool = true, escapeDelayMilliseconds: Int = 25, locale: String? = nil
  ) {
    self.term = term
    self.noColor = noColor
    self.locale = locale
    self.inputDescriptor = inputDescriptor
    self.outputDescriptor = outputDescriptor
    self.requireTerminal = requireTerminal
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
  }

  /// Options from an environment (`TERM`, `NO_COLOR`, the locale variables) and the `--no-color` flag.
  public init(environment: [String: String], noColorFlag: Bool = false) {
    let noColorVariable = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    self.init(
      term: environment["TERM"], noColor: noColorFlag || noColorVariable,
      locale: TerminalSetup.requestedLocale(environment: environment))
  }
}
