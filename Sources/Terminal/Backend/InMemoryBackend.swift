/// A backend that draws into a grid in memory and reads keys from a script: for tests.
///
/// It records what each frame sent (cells and text bytes), so a test can check that only the
/// changed cells went out. `readKey` never waits: it returns the next scripted key, or nil; signals
/// can be scripted too (`send(_:)`), so an app loop written against `TerminalEventSource` runs here.
/// Compare screens with `mismatch(with:)`, which returns a readable report or nil.
public final class InMemoryBackend: Backend, TerminalEventSource {
  /// What one `flush()` sent.
  public struct Frame: Sendable, Equatable {
    public var cellsWritten: Int
    /// UTF-8 bytes of the cell texts written (a lower bound on what a terminal would receive).
    public var textBytes: Int
    public var cleared: Bool

    public init(cellsWritten: Int, textBytes: Int, cleared: Bool) {
      self.cellsWritten = cellsWritten
      self.textBytes = textBytes
      self.cleared = cleared
    }
  }

  public private(set) var grid: CellGrid
  public private(set) var cursor: CursorPosition?
  public private(set) var frames: [Frame] = []
  /// Every OSC 52 sequence sent to the clipboard, in order.
  public private(set) var clipboardSequences: [String] = []
  public var supportsUnicode: Bool
  public var supportsColor = true
  private var scriptedKeys: [Key]
  private var scriptedSignals: [TerminalSignal] = []
  private var pending = Frame(cellsWritten: 0, textBytes: 0, cleared: false)

  public init(width: Int, height: Int, keys: [Key] = [], supportsUnicode: Bool = true) {
    grid = CellGrid(width: width, height: height)
    scriptedKeys = keys
    self.supportsUnicode = supportsUnicode
  }

  public var size: TerminalSize { TerminalSize(width: grid.width, height: grid.height) }

  /// Adds keys to the end of the script.
  public func type(_ keys: [Key]) { scriptedKeys.append(contentsOf: keys) }

  /// Resizes the screen (contents are lost, as on a real terminal) and queues `.resize`.
  public func resize(width: Int, height: Int) {
    grid = CellGrid(width: width, height: height)
    scriptedKeys.append(.resize)
  }

  public func draw(_ changes: [CellChange]) {
    for change in changes where !change.cell.isContinuation {
      grid.put(change.cell.text, x: change.x, y: change.y, style: change.cell.style)
      pending.cellsWritten += 1
      pending.textBytes += change.cell.text.utf8.count
    }
  }

  public func clear() {
    grid = CellGrid(width: grid.width, height: grid.height)
    pending.cleared = true
  }

  public func hideCursor() { cursor = nil }
  public func showCursor(at position: CursorPosition) { cursor = position }

  public func flush() {
    frames.append(pending)
    pending = Frame(cellsWritten: 0, textBytes: 0, cleared: false)
  }

  public func setClipboard(_ text: String) -> Bool {
    guard let sequence = Clipboard.osc52(text) else { return false }
    clipboardSequences.append(sequence)
    return true
  }

  public func readKey(timeout: Duration) -> Key? {
    scriptedKeys.isEmpty ? nil : scriptedKeys.removeFirst()
  }

  /// Queues a signal; `nextEvent` delivers queued signals before keys, as `TerminalSession` does.
  public func send(_ signal: TerminalSignal) { scriptedSignals.append(signal) }

  public func nextEvent(timeout: Duration) -> TerminalEvent? {
    if !scriptedSignals.isEmpty { return .signal(scriptedSignals.removeFirst()) }
    return readKey(timeout: timeout).map(TerminalEvent.key)
  }

  /// The screen as text, one string per row.
  public var lines: [String] { grid.lines }

  /// nil when the screen shows exactly `expected`; otherwise a report naming each differing row.
  public func mismatch(with expected: [String]) -> String? {
    LinesComparison.mismatch(actual: grid.lines, expected: expected)
  }
}
