import Terminal
import Testing

@Suite struct ThemeParserTests {
  private func parse(_ text: String) throws(ThemeError) -> Theme {
    try ThemeParser.parse(text, name: "test", source: "test.theme")
  }

  // MARK: - good files

  @Test func parsesColoursAndAttributes() throws {
    let theme = try parse(
      """
      # a comment
      text      = default

      header    = bright-white blue bold   # trailing comment
      selection = #1e1e2e #89B4FA reverse underline
      dim       = 244
      """)
    #expect(theme.name == "test")
    #expect(theme[.text] == .plain)
    #expect(theme[.header] == Style(foreground: .ansi(15), background: .ansi(4), attributes: .bold))
    #expect(
      theme[.selection]
        == Style(
          foreground: .rgb(0x1E, 0x1E, 0x2E), background: .rgb(0x89, 0xB4, 0xFA), attributes: [.reverse, .underline]))
    #expect(theme[.dim] == Style(foreground: .indexed(244)))
    #expect(theme[.error] == .plain)
  }

  // MARK: - bad lines name their line

  @Test(arguments: [
    ("text = default\nfoo = red", "test.theme:2: unknown role 'foo' (roles: text, dim, header,"),
    ("text = default\n\ntext = red", "test.theme:3: role 'text' is set twice"),
    ("header bright-white", "test.theme:1: expected 'role = colour [colour] [attributes]', got 'header bright-white'"),
    ("header = ", "test.theme:1: missing colour after '='"),
    ("header = pink", "test.theme:1: unknown colour or attribute 'pink'"),
    ("header = 256", "test.theme:1: unknown colour or attribute '256'"),
    ("header = #12345", "test.theme:1: unknown colour or attribute '#12345'"),
    ("header = red blue green", "test.theme:1: more than two colours ('green'); expected foreground and background"),
    ("header = bold red", "test.theme:1: colour 'red' after an attribute; write colours first"),
  ])
  func errors(text: String, message: String) {
    do {
      _ = try parse(text)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.description.hasPrefix(message), "\(error.description)")
      #expect(!error.description.contains("\n"))
    }
  }
}

@Suite struct ThemeFileTests {
  /// The repository's themes/ folder, found from this file's path.
  private static let themesDirectory: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // Theme/ThemeParserTests.swift under Tests/TerminalTests
    return parts.joined(separator: "/") + "/themes"
  }()

  // MARK: - bundled themes

  @Test(arguments: ["default", "light", "high-contrast", "monochrome"])
  func bundledFileEqualsTheBuiltInTheme(name: String) throws {
    let loaded = try ThemeLoader(directories: [Self.themesDirectory]).load(named: name)
    #expect(loaded == Theme.builtIn[name])
    #expect(Set(loaded.styles.keys) == Set(ThemeRole.allCases), "every role is set")
  }

  @Test func monochromeHasNoColours() {
    #expect(Theme.monochrome.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
    #expect(Theme.default.withoutColors.styles.values.allSatisfy { $0 == $0.withoutColors })
  }

  @Test func sandboxHeaderDiffersFromTheHeaderInEveryTheme() {
    for theme in Theme.builtIn.values { #expect(theme[.header] != theme[.headerSandbox], "\(theme.name)") }
  }

  // MARK: - loading by name

  @Test func userDirectoryComesFirstThenBuiltIns() throws {
    let directory = try TemporaryDirectory()
    try directory.write("default.theme", "text = red\n")
    try directory.write("mine.theme", "header = green\n")
    let loader = ThemeLoader(directories: [directory.path, Self.themesDirectory])
    #expect(try loader.load(named: "default")[.text] == Style(foreground: .red))
    #expect(try loader.load(named: "mine")[.header] == Style(foreground: .green))
    #expect(try loader.load(named: "light") == .light)
    #expect(loader.availableNames() == ["default", "high-contrast", "light", "mine", "monochrome"])
  }

  @Test func builtInsWorkWithNoDirectories() throws {
    #expect(try ThemeLoader(directories: ["/nonexistent"]).load(named: "high-contrast") == .highContrast)
  }

  @Test func unknownAndUnsafeNamesAreErrors() {
    let loader = ThemeLoader(directories: [])
    #expect(
      throws: ThemeError(
        source: "nope", line: nil, message: "no such theme (available: default, high-contrast, light, monochrome)")
    ) {
      try loader.load(named: "nope")
    }
    #expect(throws: ThemeError.self) { try loader.load(named: "../etc/passwd") }
  }

  @Test func badUserFileReportsItsPathAndLine() throws {
    let directory = try TemporaryDirectory()
    try directory.write("broken.theme", "text = default\nheader = blu\n")
    #expect(
      throws: ThemeError(
        source: directory.path + "/broken.theme", line: 2, message: "unknown colour or attribute 'blu'")
    ) {
      try ThemeLoader(directories: [directory.path]).load(named: "broken")
    }
  }

  @Test func noColorMeansMonochromeWhateverTheName() throws {
    let loader = ThemeLoader(directories: [])
    #expect(try loader.resolve(name: "light", noColor: true, supportsUnicode: true) == .monochrome)
    let ascii = try loader.resolve(name: nil, noColor: false, supportsUnicode: false)
    #expect(ascii.styles == Theme.default.styles)
    #expect(ascii.glyphs == .ascii)
  }

  /// The configuration directory is injected (Terminal reads no environment); themes are a folder in it.
  @Test func userDirectory() {
    #expect(ThemeLoader.userDirectory(configDirectory: "/c/ferry") == "/c/ferry/themes")
  }
}
