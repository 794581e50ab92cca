/// Decodes the escape sequences ncurses leaves undecoded when TERM names the wrong terminal.
///
/// Over SSH into tmux or screen, TERM is often `xterm-256color` while the keys come in another
/// dialect, so ncurses hands Home as `esc [ 1 ~`, four separate keys. The backend collects the bytes
/// that arrive right behind an `esc` and asks here what they mean: a known key, or nothing (an
/// unknown sequence is dropped rather than typed). Pure. Modifiers (`esc [ 1 ; 5 C`) are ignored.
/// See XTerm Control Sequences, "PC-Style Function Keys".
public enum EscapeSequenceDecoder {
  /// True when `byte` ends a CSI (`esc [ …`) or SS3 (`esc O …`) sequence.
  public static func isFinal(_ byte: UInt32) -> Bool { (0x40...0x7E).contains(byte) }

  /// The key for the bytes after `esc` (`[1~`, `OH`, `[1;5C`…), or nil when they mean nothing ferry uses.
  public static func decode(_ body: String) -> Key? {
    guard let introducer = body.first, introducer == "[" || introducer == "O", let final = body.last else {
      return nil
    }
    let parameters = body.dropFirst().dropLast()
    let number = parameters.split(separator: ";").first.flatMap { Int($0) }
    switch final {
    case "A": return .up
    case "B": return .down
    case "C": return .right
    case "D": return .left
    case "H": return .home
    case "F": return .end
    case "Z": return .backTab
    case "P", "Q", "R", "S":
      // F1–F4 are `esc O P`…`esc O S` (or `esc [ 1 ; m P` with a modifier); `esc [ P` is not a key.
      guard introducer == "O" || number == 1 else { return nil }
      return .function(Int(final.asciiValue ?? 0) - Int(Character("P").asciiValue ?? 0) + 1)
    case "~": return tilde(number)
    default: return nil
    }
  }

  /// `esc [ N ~` keys.
  private static func tilde(_ number: Int?) -> Key? {
    switch number {
    case 1, 7: .home
    case 4, 8: .end
    case 3: .delete
    case 5: .pageUp
    case 6: .pageDown
    case 11, 12, 13, 14: .function((number ?? 0) - 10)
    case 15: .function(5)
    case 17, 18, 19, 20, 21: .function((number ?? 0) - 11)
    case 23, 24: .function((number ?? 0) - 12)
    default: nil
    }
  }
}
