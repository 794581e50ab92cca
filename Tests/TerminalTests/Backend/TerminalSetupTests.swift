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

  // MARK: - locale

  @Test(
    arguments: [
      ([:], nil), (["LANG": "C.UTF-8"], "C.UTF-8"), (["LANG": "C.UTF-8", "LC_ALL": "C"], "C"),
      (["LANG": "en_US.UTF-8", "LC_CTYPE": "POSIX"], "POSIX"), (["LC_ALL": "", "LANG": "de_DE.UTF-8"], "de_DE.UTF-8"),
      (["LC_ALL": "POSIX", "LC_CTYPE": "C.UTF-8"], "POSIX"), (["LC_MESSAGES": "C"], nil),
    ] as [([String: String], String?)])
  func requestedLocale(environment: [String: String], expected: String?) {
    #expect(TerminalSetup.requestedLocale(environment: environment) == expected)
    #expect(TerminalOptions(environment: environment).locale == expected)
  }

  /// C.UTF-8 is tried only when nothing was asked for or what was asked for names UTF-8: an explicit
  /// C, POSIX or Latin-1 locale means the terminal may not show UTF-8.
  @Test(
    arguments: [
      (nil, true), ("en_US.UTF-8", true), ("de_DE.utf8", true), ("C.UTF-8", true), ("C", false), ("POSIX", false),
      ("en_US.ISO-8859-1", false), ("en_US", false),
    ] as [(String?, Bool)])
  func utf8Fallback(requested: String?, tries: Bool) {
    #expect(TerminalSetup.triesUTF8Fallback(requested: requested) == tries)
  }

  @Test func asciiNoteSaysWhy() {
    #expect(TerminalSetup.asciiNote(requested: "C") == "the locale C is not UTF-8; drawing with ASCII")
    #expect(TerminalSetup.asciiNote(requested: "POSIX") == "the locale POSIX is not UTF-8; drawing with ASCII")
    #expect(TerminalSetup.asciiNote(requested: nil) == "no UTF-8 locale on this host; drawing with ASCII")
    #expect(TerminalSetup.asciiNote(requested: "en_US.UTF-8") == "no UTF-8 locale on this host; drawing with ASCII")
  }

  // MARK: - options and errors

  @Test(
    arguments: [
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

  /// What the CLI asks before connecting to an account: the same refusals, nothing opened.
  @Test func theCheckRefusesWhatStartWouldRefuse() throws {
    #expect(throws: TerminalError.dumbTerminal(term: "dumb")) {
      try TerminalSession.check(options: TerminalOptions(term: "dumb", requireTerminal: false))
    }
    #expect(throws: TerminalError.dumbTerminal(term: "")) {
      try TerminalSession.check(options: TerminalOptions(term: ""))
    }
    let pipe = TerminalOptions(term: "xterm", inputDescriptor: -1, outputDescriptor: -1)
    #expect(throws: TerminalError.notATerminal) { try TerminalSession.check(options: pipe) }
    try TerminalSession.check(options: TerminalOptions(term: "xterm", requireTerminal: false))
  }
}
