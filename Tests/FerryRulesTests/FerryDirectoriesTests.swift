import FerryRules
import Testing

/// The one XDG resolver: every file ferry keeps (journal, drafts, sandbox, wire log, themes) is placed by it.
@Suite struct FerryDirectoriesTests {
  @Test(
    arguments: [
      ("state", ["XDG_STATE_HOME": "/srv/state", "HOME": "/home/op"], "/srv/state/ferry"),
      ("state", ["XDG_STATE_HOME": "/srv/state/", "HOME": "/home/op"], "/srv/state/ferry"),
      ("state", ["HOME": "/home/op"], "/home/op/.local/state/ferry"),
      ("state", ["XDG_STATE_HOME": "relative/state", "HOME": "/home/op"], "/home/op/.local/state/ferry"),
      ("state", ["XDG_STATE_HOME": "", "HOME": "/home/op"], "/home/op/.local/state/ferry"),
      ("config", ["XDG_CONFIG_HOME": "/c", "HOME": "/h"], "/c/ferry"),
      ("config", ["HOME": "/h"], "/h/.config/ferry"),
      ("config", ["XDG_CONFIG_HOME": "relative", "HOME": "/h"], "/h/.config/ferry"),
      ("config", ["XDG_STATE_HOME": "/s", "HOME": "/h"], "/h/.config/ferry"),
    ] as [(String, [String: String], String)])
  func directoriesFollowXDG(kind: String, environment: [String: String], expected: String) throws {
    let resolved =
      kind == "state"
      ? try FerryDirectories.state(environment: environment) : try FerryDirectories.config(environment: environment)
    #expect(resolved == expected)
  }

  /// Neither variable usable: one clear error naming both, never a guess such as the working directory.
  @Test(arguments: [[:], ["HOME": ""], ["HOME": "relative"], ["XDG_STATE_HOME": "relative", "HOME": "home"]])
  func noHomeIsOneClearError(environment: [String: String]) {
    #expect(throws: FerryDirectoryError(kind: .state)) { try FerryDirectories.state(environment: environment) }
    #expect(throws: FerryDirectoryError(kind: .config)) { try FerryDirectories.config(environment: environment) }
    let words = FerryDirectoryError(kind: .state).description
    #expect(words.contains("XDG_STATE_HOME") && words.contains("HOME"))
    #expect(FerryDirectoryError(kind: .config).description.contains("XDG_CONFIG_HOME"))
  }
}
