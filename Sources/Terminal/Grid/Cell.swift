/// One character cell of the screen.
///
/// `text` is one grapheme cluster (possibly several Unicode scalars, such as a letter and its
/// combining accent). A wide character (CJK, most emoji) occupies its cell and the next one, which
/// holds `Cell.continuation` (empty text) so that backends skip it.
public struct Cell: Sendable, Equatable, Hashable {
  public var text: String
  public var style: Style

  public init(_ text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public static let empty = Cell()
  /// The right half of a wide character.
  public static let continuation = Cell("")

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }

  /// This cell in another style.
  public func with(style: Style) -> Cell { Cell(text, style: style) }
}
