import CNCurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, through ncursesw: the only file that imports the C module.
///
/// Opens the terminal with `newterm` (never `initscr`, which exits the process on an unknown TERM),
/// falling back through `TerminalSetup.candidates` and noting which entry it used. Sets the locale
/// the environment asks for, or C.UTF-8 when that one is missing; when the locale is not UTF-8 (C,
/// POSIX) every cell is drawn as its `ASCIIStandIn`. cbreak/noecho/keypad/nonl, a 25 ms ESCDELAY, and colour
/// pairs allocated on demand and degraded to what `COLORS` allows; with `noColor` (or no colour
/// support) only attributes are drawn. ncurses is not thread-safe and this class is not `Sendable`:
/// use it from the thread that created it. `shutdown()` restores the terminal and is idempotent;
/// `TerminalSession` wraps this with signal handling.
public final class NCursesBackend: Backend {
  public let supportsUnicode: Bool
  public let colorDepth: ColorDepth
  /// The terminfo entry in use (TERM itself, or the fallback).
  public let terminalName: String
  /// Things the status line should say once: a TERM fallback, ASCII drawing.
  public let notes: [String]

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let input: UnsafeMutablePointer<FILE>
  private let output: UnsafeMutablePointer<FILE>
  private let defaultColorsWork: Bool
  private var pairs: [PairKey: Int16] = [:]
  private var nextPair: Int16 = 1
  private let pairLimit: Int16
  private var currentTimeout: Int32 = -2
  private var isActive = true

  private struct PairKey: Hashable {
    var foreground: Int
    var background: Int
  }

  /// Starts ncurses on the terminal named by `options`.
  ///
  /// - Throws: `TerminalError` (dumb terminal, not a terminal, no usable terminfo entry).
  public init(options: TerminalOptions) throws(TerminalError) {
    try Self.check(options)
    var notes: [String] = []
    supportsUnicode = Self.prepareLocale(requested: options.locale)
    if !supportsUnicode { notes.append(TerminalSetup.asciiNote(requested: options.locale)) }

    // ncurses gets its own duplicates of the descriptors, so closing its FILEs at shutdown leaves
    // the process's stdin and stdout open.
    guard let input = Self.open(options.inputDescriptor, mode: "r") else { throw .notATerminal }
    guard let output = Self.open(options.outputDescriptor, mode: "w") else {
      fclose(input)
      throw .notATerminal
    }
    let candidates = TerminalSetup.candidates(term: options.term)
    var opened: (OpaquePointer, String)?
    for name in candidates {
      if let screen = newterm(name, output, input) {
        opened = (screen, name)
        break
      }
    }
    guard let (screen, name) = opened, let window = ferry_stdscr() else {
      fclose(input)
      fclose(output)
      throw .unknownTerminal(term: options.term ?? "(unset)", tried: candidates.filter { $0 != options.term })
    }
    if let note = TerminalSetup.fallbackNote(term: options.term, used: name) { notes.append(note) }
    self.screen = screen
    self.window = window
    self.input = input
    self.output = output
    self.terminalName = name
    set_term(screen)
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    ferry_set_escdelay(Int32(options.escapeDelayMilliseconds))
    curs_set(0)
    Self.disableFlowControl(fileno(input))

    if !options.noColor, has_colors() {
      start_color()
      defaultColorsWork = use_default_colors() == OK
      colorDepth = ColorDepth(colors: Int(ferry_colors()))
    } else {
      defaultColorsWork = false
      colorDepth = .none
    }
    pairLimit = Int16(clamping: ferry_color_pairs() - 1)
    self.notes = notes
  }

  deinit { shutdown() }

  /// Turns off XON/XOFF so Ctrl-S reaches the app as a key instead of freezing the screen (a
  /// classic trap at 3 a.m.).
  ///
  /// Saved as ncurses's program mode, so it survives Ctrl-Z and `fg`;
  /// `endwin` restores the shell's own setting.
  private static func disableFlowControl(_ descriptor: Int32) {
    guard isatty(descriptor) != 0 else { return }
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(descriptor, TCSANOW, &settings)
    def_prog_mode()
  }

  /// Refuses what cannot show the interface (`TERM=dumb`, input or output not a terminal) without
  /// touching the terminal: callers check this before slow work, so the refusal comes at once.
  public static func check(_ options: TerminalOptions) throws(TerminalError) {
    if TerminalSetup.refuses(term: options.term) { throw .dumbTerminal(term: options.term ?? "") }
    if options.requireTerminal, isatty(options.inputDescriptor) == 0 || isatty(options.outputDescriptor) == 0 {
      throw .notATerminal
    }
  }

  /// A FILE over a duplicate of `descriptor`, or nil.
  private static func open(_ descriptor: Int32, mode: String) -> UnsafeMutablePointer<FILE>? {
    let copy = dup(descriptor)
    guard copy >= 0 else { return nil }
    guard let file = fdopen(copy, mode) else {
      close(copy)
      return nil
    }
    return file
  }

  /// Sets the user's locale; if its codeset is not UTF-8, tries C.UTF-8 when `requested` allows it
  /// (`TerminalSetup.triesUTF8Fallback`).
  /// - Returns: whether text can be drawn as UTF-8.
  private static func prepareLocale(requested: String?) -> Bool {
    setlocale(LC_ALL, "")
    if TerminalSetup.isUTF8(codeset: String(cString: ferry_codeset())) { return true }
    guard TerminalSetup.triesUTF8Fallback(requested: requested), setlocale(LC_ALL, "C.UTF-8") != nil else {
      return false
    }
    return TerminalSetup.isUTF8(codeset: String(cString: ferry_codeset()))
  }

  public var supportsColor: Bool { colorDepth != .none }

  public var size: TerminalSize {
    TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func draw(_ changes: [CellChange]) {
    guard isActive else { return }
    for change in changes {
      var text = change.cell.text
      if change.cell.isContinuation {
        // ncurses fills a wide character's right half itself; in ASCII mode the "?" drawn
        // instead is narrow, so the right half needs a blank.
        guard !supportsUnicode else { continue }
        text = " "
      } else if !supportsUnicode, text.unicodeScalars.contains(where: { !$0.isASCII }) {
        text = ASCIIStandIn.cell(text)
      }
      let scalars = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      let style = change.cell.style
      scalars.withUnsafeBufferPointer { buffer in
        _ = ferry_put_cell(
          Int32(change.y), Int32(change.x), buffer.baseAddress, Int32(buffer.count),
          attributes(style.attributes), pair(for: style))
      }
    }
  }

  public func clear() {
    guard isActive else { return }
    wclear(window)
  }

  public func hideCursor() {
    guard isActive else { return }
    curs_set(0)
  }

  public func showCursor(at position: CursorPosition) {
    guard isActive else { return }
    wmove(window, Int32(position.y), Int32(position.x))
    curs_set(1)
  }

  public func flush() {
    guard isActive else { return }
    wrefresh(window)
  }

  /// Written after the frame, straight into the terminal's stream: ncurses has no call for it.
  public func setClipboard(_ text: String) -> Bool {
    guard isActive, let sequence = Clipboard.osc52(text) else { return false }
    wrefresh(window)
    fputs(sequence, output)
    fflush(output)
    return true
  }

  public func readKey(timeout: Duration) -> Key? {
    guard isActive else { return nil }
    let (seconds, attoseconds) = timeout.components
    let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    if milliseconds != currentTimeout {
      wtimeout(window, milliseconds)
      currentTimeout = milliseconds
    }
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case KEY_CODE_YES: return CursesKeyDecoder.decode(keyCode: UInt32(value))
    case OK:
      let key = CursesKeyDecoder.decode(character: UInt32(value))
      return key == .escape ? escapeSequence() : key
    default: return nil
    }
  }

  /// After an `esc`: the key of an escape sequence ncurses did not know (a TERM that names the wrong
  /// terminal), or `esc` itself when nothing follows at once.
  ///
  /// An unknown sequence yields no key.
  private func escapeSequence() -> Key? {
    wtimeout(window, 0)
    currentTimeout = 0
    var value: wint_t = 0
    let result = wget_wch(window, &value)
    guard result == OK, value == 0x5B || value == 0x4F else {
      // Not a sequence: give back what was read (Alt+key arrives as esc, key) and report esc.
      if result == OK { unget_wch(wchar_t(value)) } else if result == KEY_CODE_YES { ungetch(Int32(value)) }
      return .escape
    }
    var body = String(UnicodeScalar(UInt8(value)))
    for _ in 0..<16 {
      guard wget_wch(window, &value) == OK, let scalar = Unicode.Scalar(UInt32(value)) else { break }
      body.unicodeScalars.append(scalar)
      if body.count > 1, EscapeSequenceDecoder.isFinal(UInt32(value)) { break }
    }
    return EscapeSequenceDecoder.decode(body)
  }

  /// Gives the terminal back to the shell (before stopping for Ctrl-Z); `resume()` takes it again.
  public func suspend() {
    guard isActive else { return }
    endwin()
    fflush(output)
  }

  /// Takes the terminal back after `suspend()`; the next frame must be drawn in full.
  public func resume() {
    guard isActive else { return }
    wclear(window)
    wrefresh(window)
  }

  /// Restores the terminal (cursor, modes, screen) and frees ncurses.
  ///
  /// Idempotent; draws nothing after.
  public func shutdown() {
    guard isActive else { return }
    isActive = false
    curs_set(1)
    endwin()
    fflush(output)
    delscreen(screen)
    fclose(input)
    fclose(output)
  }

  private func attributes(_ attributes: Attributes) -> attr_t {
    var result = ferry_a_normal()
    if attributes.contains(.bold) { result |= ferry_a_bold() }
    if attributes.contains(.dim) { result |= ferry_a_dim() }
    if attributes.contains(.underline) { result |= ferry_a_underline() }
    if attributes.contains(.reverse) { result |= ferry_a_reverse() }
    if attributes.contains(.italic) { result |= ferry_a_italic() }
    return result
  }

  /// The colour pair for `style`, allocated the first time a (foreground, background) is seen.
  ///
  /// When pairs run out, later combinations fall back to the default pair 0.
  private func pair(for style: Style) -> Int16 {
    guard colorDepth != .none else { return 0 }
    var key = PairKey(
      foreground: colorDepth.number(for: style.foreground),
      background: colorDepth.number(for: style.background))
    if !defaultColorsWork {
      // Without use_default_colors, -1 is not allowed: assume white on black.
      if key.foreground < 0 { key.foreground = 7 }
      if key.background < 0 { key.background = 0 }
    }
    if key.foreground == -1, key.background == -1 { return 0 }
    if let pair = pairs[key] { return pair }
    guard nextPair <= pairLimit else { return 0 }
    let pair = nextPair
    guard init_pair(pair, Int16(key.foreground), Int16(key.background)) == OK else { return 0 }
    nextPair += 1
    pairs[key] = pair
    return pair
  }

  /// The key codes as the installed curses.h defines them: a test compares them with
  /// `CursesKeyDecoder.Code`, which must not depend on this header.
  public static let headerKeyCodes: [String: UInt32] = [
    "KEY_DOWN": UInt32(KEY_DOWN), "KEY_UP": UInt32(KEY_UP), "KEY_LEFT": UInt32(KEY_LEFT),
    "KEY_RIGHT": UInt32(KEY_RIGHT), "KEY_HOME": UInt32(KEY_HOME), "KEY_BACKSPACE": UInt32(KEY_BACKSPACE),
    "KEY_F0": UInt32(KEY_F0), "KEY_DC": UInt32(KEY_DC), "KEY_NPAGE": UInt32(KEY_NPAGE),
    "KEY_PPAGE": UInt32(KEY_PPAGE), "KEY_ENTER": UInt32(KEY_ENTER), "KEY_BTAB": UInt32(KEY_BTAB),
    "KEY_END": UInt32(KEY_END), "KEY_RESIZE": UInt32(KEY_RESIZE),
  ]
}
