import Foundation
import FuzzSupport
import Terminal

/// Fuzz target: a theme file (`themes/*.theme`, `$XDG_CONFIG_HOME/ferry/themes/`) through the strict
/// theme parser.
func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput(data, size).text
  let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
  do {
    let theme = try ThemeParser.parse(text, name: "fuzz", source: "fuzz.theme")
    invariant(theme.name == "fuzz", "the theme lost its name")
    invariant(theme.styles.count <= ThemeRole.allCases.count, "more styles than roles")
    for role in ThemeRole.allCases { _ = theme[role] }
    _ = theme.withoutColors
  } catch {
    invariant(error.source == "fuzz.theme", "an error that does not name the file")
    invariant(error.line.map { (1...lineCount).contains($0) } ?? true, "error line \(error.line ?? 0) of \(lineCount)")
    invariant(!error.message.isEmpty, "an error without a message")
  }
  return 0
}

exit(runFuzzer(fuzzTheme))
