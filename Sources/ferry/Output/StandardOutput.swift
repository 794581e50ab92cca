import FerryRules
import Foundation
import Terminal

/// Writes results to stdout, flushed at once, so a script reading a pipe sees each line as it comes.
///
/// Every line goes through `TerminalText`: a control or bidi character from an AMI's name, a tag or a file is
/// shown as `\u009b`, never sent raw to the operator's terminal. JSON stays the same JSON: such characters
/// only occur inside its strings, where `\u009b` is JSON's own escape for the same character.
enum StandardOutput {
  /// Writes `text` and a newline, then flushes (stdout is block-buffered on a pipe).
  static func line(_ text: String) {
    print(TerminalText.escaped(text, keepingNewlines: true))
    fflush(nil)
  }

  /// JSON results: with `json` one pretty document (an array, or the single object when `asArray`
  /// is false); with `jsonl` one compact object per line.
  static func json(_ values: [JSONValue], format: OutputFormat, asArray: Bool = true) {
    if format == .jsonl {
      values.forEach { line($0.compactText) }
    } else {
      line(asArray ? JSONValue.array(values).prettyText : (values.first ?? .null).prettyText)
    }
  }
}
