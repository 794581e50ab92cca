/// Turns what ncurses's `wget_wch` returns into a `Key`: a pure function, tested without a terminal.
///
/// `wget_wch` yields either a key code (`KEY_CODE_YES`: arrows, F-keys, `KEY_RESIZE`…) or a
/// character (control codes included). The key-code values are ncurses's fixed ABI numbers from
/// `curses.h`; `NCursesBackend.headerKeyCodes` reads the real header so a test can prove they agree.
/// See curs_get_wch(3X) and curs_getch(3X).
public enum CursesKeyDecoder {
  /// ncurses key codes (octal in curses.h).
  public enum Code {
    public static let down: UInt32 = 0o402
    public static let up: UInt32 = 0o403
    public static let left: UInt32 = 0o404
    public static let right: UInt32 = 0o405
    public static let home: UInt32 = 0o406
    public static let backspace: UInt32 = 0o407
    /// `KEY_F(n)` is `f0 + n`; ncurses reserves 64 function keys.
    public static let f0: UInt32 = 0o410
    public static let delete: UInt32 = 0o512
    public static let pageDown: UInt32 = 0o522
    public static let pageUp: UInt32 = 0o523
    public static let enter: UInt32 = 0o527
    public static let backTab: UInt32 = 0o541
    public static let end: UInt32 = 0o550
    public static let resize: UInt32 = 0o632
  }

  /// The key for a `KEY_CODE_YES` result, or nil for codes ferry does not use (mouse, keypad extras).
  public static func decode(keyCode code: UInt32) -> Key? {
    switch code {
    case Code.up: .up
    case Code.down: .down
    case Code.left: .left
    case Code.right: .right
    case Code.home: .home
    case Code.end: .end
    case Code.pageUp: .pageUp
    case Code.pageDown: .pageDown
    case Code.backspace: .backspace
    case Code.delete: .delete
    case Code.enter: .enter
    case Code.backTab: .backTab
    case Code.resize: .resize
    case (Code.f0 + 1)...(Code.f0 + 24): .function(Int(code - Code.f0))
    default: nil
    }
  }

  /// The key for a character result: control codes become named keys or `.control(letter)`.
  public static func decode(character value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      // Ctrl-A is 1 … Ctrl-Z is 26.
      return Unicode.Scalar(value + 96).map { .control(Character($0)) }
    case 0..<32: return nil
    case 0x80..<0xA0: return nil
    default: return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }
}
