/// One key press, as the input loop delivers it to the UI.
public enum Key: Sendable, Equatable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, lower-case (`.control("c")`).
  case control(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
  /// The terminal was resized; the new size is read from the backend.
  case resize
}
