/// The size of a terminal or grid, in cells.
public struct TerminalSize: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// "80×24".
  public var description: String { "\(width)×\(height)" }
}

/// A cell position where the terminal's own cursor should blink (a text field's insertion point).
public struct CursorPosition: Sendable, Equatable, Hashable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// Where frames go and keys come from: a real terminal (`NCursesBackend`) or memory (`InMemoryBackend`).
///
/// Modelled on ratatui's `Backend`: it receives only the cells that changed (the `Screen` diffs),
/// plus cursor, clear and flush calls, and it delivers keys. Nothing is shown until `flush()`.
/// A backend is not `Sendable`: drive it from one task or thread (the app's input loop).
public protocol Backend: AnyObject {
  /// The current size; after a `.resize` key this is the new size.
  var size: TerminalSize { get }
  /// Whether the terminal can show UTF-8 text; when false, widgets should use ASCII glyphs.
  var supportsUnicode: Bool { get }
  /// Whether colours are shown; when false (no colour support, `NO_COLOR`, `--no-color`) draw with
  /// the monochrome theme, whose roles differ by attributes alone.
  var supportsColor: Bool { get }
  /// Draws these cells (continuation cells, the right halves of wide characters, are skipped).
  func draw(_ changes: [CellChange])
  /// Blanks the whole screen; the next flush repaints everything.
  func clear()
  func hideCursor()
  func showCursor(at position: CursorPosition)
  /// Sends what was drawn to the terminal.
  func flush()
  /// Puts `text` on the terminal's clipboard (OSC 52, `Clipboard`); false when it is too long to send.
  func setClipboard(_ text: String) -> Bool
  /// The next key, or nil when none arrives within `timeout` (keep it short so the loop can run
  /// async work between keys).
  func readKey(timeout: Duration) -> Key?
}

extension Backend {
  /// Colour is assumed unless a backend says otherwise.
  public var supportsColor: Bool { true }
}
