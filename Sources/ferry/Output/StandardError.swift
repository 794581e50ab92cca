import Foundation
import Terminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to stderr, unbuffered, and tells whether stdout or stderr is a terminal.
///
/// Text is shown through `TerminalText` (controls and bidi characters escaped, line breaks kept): progress
/// lines, prompts and error messages quote journal records and EC2's words.
enum StandardError {
  /// Writes `text`, escaped as `TerminalText` says.
  static func write(_ text: String) {
    writeBytes(TerminalText.escaped(text, keepingNewlines: true))
  }

  /// Redraws the live line in place: ferry's own `\r` and erase-to-end-of-line, then `text` escaped.
  static func redraw(_ text: String) {
    writeBytes("\r\u{1B}[K" + TerminalText.escaped(text))
  }

  private static func writeBytes(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.write(STDERR_FILENO, base + offset, buffer.count - offset)
      }
      if written == 0 { return }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  /// Writes `text` and a newline.
  static func line(_ text: String) { write(text + "\n") }

  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// The width of the terminal on stdout (or stderr), or `COLUMNS`, or `nil` when unknown.
  static func terminalWidth(environment: [String: String]) -> Int? {
    var size = winsize()
    for descriptor in [STDOUT_FILENO, STDERR_FILENO]
    where ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
  }
}
