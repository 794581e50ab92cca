import FerryRules
import Foundation

/// Writes results to stdout, flushed at once, so a script reading a pipe sees each line as it comes.
enum StandardOutput {
  /// Writes `text` and a newline, then flushes (stdout is block-buffered on a pipe).
  static func line(_ text: String) {
    print(text)
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
