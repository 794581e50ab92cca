/// One character cell of the screen.
///
/// `text` is one grapheme cluster. A wide character (CJK, most emoji) occupies its cell and the next
/// one, which holds `Cell.continuation` so that backends skip it.
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
}
