import Foundation

/// Finds a theme by name: a user's file first, then the built-in themes.
///
/// Looks for `NAME.theme` in each of `directories`, in order (typically `$XDG_CONFIG_HOME/ferry/themes`,
/// `userDirectory(configDirectory:)` of FerryRules' `FerryDirectories.config`), then in `Theme.builtIn`.
/// The directories are passed in: Terminal imports nothing of ferry's, so the one XDG resolver lives in
/// FerryRules and the caller injects its answer. Reads files only in `load(named:)`.
public struct ThemeLoader: Sendable {
  public var directories: [String]

  public init(directories: [String]) {
    self.directories = directories
  }

  /// The user's themes folder inside ferry's configuration directory (`FerryDirectories.config`).
  public static func userDirectory(configDirectory: String) -> String {
    configDirectory + "/themes"
  }

  /// The theme to draw with: `name` (default "default"), replaced by monochrome when `noColor`
  /// (`NO_COLOR`, `--no-color`, or `!backend.supportsColor`), with glyphs for the terminal.
  public func resolve(name: String?, noColor: Bool, supportsUnicode: Bool) throws(ThemeError) -> Theme {
    let theme = noColor ? Theme.monochrome : try load(named: name ?? "default")
    return theme.with(glyphs: .forTerminal(supportsUnicode: supportsUnicode))
  }

  /// The theme called `name`, from the first directory that has `name.theme`, else built in.
  public func load(named name: String) throws(ThemeError) -> Theme {
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw ThemeError(source: name, line: nil, message: "a theme name uses only letters, digits, '-' and '_'")
    }
    for directory in directories {
      let path = directory + "/" + name + ".theme"
      guard FileManager.default.fileExists(atPath: path) else { continue }
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
      else { throw ThemeError(source: path, line: nil, message: "cannot read the file as UTF-8 text") }
      return try ThemeParser.parse(text, name: name, source: path)
    }
    if let theme = Theme.builtIn[name] { return theme }
    throw ThemeError(
      source: name, line: nil, message: "no such theme (available: \(availableNames().joined(separator: ", ")))")
  }

  /// Built-in theme names and those found in the directories, sorted, without repeats.
  public func availableNames() -> [String] {
    var names = Set(Theme.builtIn.keys)
    for directory in directories {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
    }
    return names.sorted()
  }
}
