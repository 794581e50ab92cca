import Terminal
import Testing

@Suite struct TerminalSetupTests {
  // MARK: - TERM fallbacks

  @Test(arguments: [
    ("tmux-256color", ["tmux-256color", "xterm-256color", "xterm", "vt100", "ansi"]),
    ("screen", ["screen", "xterm", "vt100", "ansi"]),
    ("xterm-256color", ["xterm-256color", "xterm", "vt100", "ansi"]),
    ("xterm", ["xterm", "vt100", "ansi"]),
  ])
  func candidates(term: String, expected: [String]) {
    #expect(TerminalSetup.candidates(term: term) == expected)
  }

  @Test func unsetTermTriesTheCommonEntries() {
    #expect(TerminalSetup.candidates(term: nil) == ["xterm-256color", "xterm", "vt100", "ansi"])
  }

  @Test(arguments: [("dumb", true), ("", true), ("xterm", false)] as [(String?, Bool)])
  func refuses(term: String?, refused: Bool) {
    #expect(TerminalSetup.refuses(term: term) == refused)
  }

  @Test func fallbackNoteOnlyWhenAnotherEntryWasUsed() {
    #expect(TerminalSetup.fallbackNote(term: "xterm", used: "xterm") == nil)
    #expect(
      TerminalSetup.fallbackNote(term: "tmux-256color", used: "xterm-256color")
        == "TERM=tmux-256color is unknown on this host; using xterm-256color")
  }

  @Test(arguments: [("UTF-8", true), ("utf8", true), ("ANSI_X3.4-1968", false), ("ISO-8859-1", false)])
  func utf8Codeset(codeset: String, isUTF8: Bool) {
    #expect(TerminalSetup.isUTF8(codeset: codeset) == isUTF8)
  }

  // MARK: - options and errors

  @Test(arguments: [
    ([:], false, false), (["NO_COLOR": "1"], false, true), (["NO_COLOR": ""], false, false), ([:], true, true),
  ] as [([String: String], Bool, Bool)])
  func noColor(environment: [String: String], flag: Bool, noColor: Bool) {
    #expect(TerminalOptions(environment: environment, noColorFlag: flag).noColor == noColor)
  }

  @Test func errorsAreOneLine() {
    let errors = [
      TerminalError.dumbTerminal(term: "dumb"), .notATerminal,
      .unknownTerminal(term: "foo", tried: ["xterm", "vt100"]),
    ]
    #expect(errors.allSatisfy { !$0.description.contains("\n") })
    #expect(
      errors[0].description
        == "TERM=dumb cannot show the full-screen interface; use the command-line commands instead (see --help)")
    #expect(errors[2].description.hasPrefix("no terminal description found for TERM=foo (also tried xterm, vt100)"))
  }

  @Test func dumbTerminalIsRefusedBeforeTouchingTheTerminal() {
    #expect(throws: TerminalError.dumbTerminal(term: "dumb")) {
      _ = try TerminalSession.start(options: TerminalOptions(term: "dumb"))
    }
  }
}
