import Foundation

/// OSC 52: the escape sequence that puts text on the terminal's clipboard.
///
/// It travels in the terminal's own output stream, so it works over SSH, and tmux stores it in its paste
/// buffer (and passes it on) with `set -g set-clipboard on`. xterm, kitty, iTerm2, WezTerm, Alacritty
/// and Windows Terminal honour it; a terminal that does not simply ignores it. Pure.
public enum Clipboard {
  /// Terminals cap the sequence (xterm at 100,000 bytes by default); longer text is refused, not cut.
  public static let maximumBytes = 74_994

  /// `ESC ] 52 ; c ; <base64> BEL`, or nil when `text` is too long for terminals to take.
  public static func osc52(_ text: String) -> String? {
    let bytes = Data(text.utf8)
    guard bytes.count <= maximumBytes else { return nil }
    return "\u{1B}]52;c;" + bytes.base64EncodedString() + "\u{07}"
  }
}
