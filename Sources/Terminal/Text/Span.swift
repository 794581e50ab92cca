/// A run of text in one theme role, optionally with extra attributes (bold for a match, …).
public struct Span: Sendable, Equatable, Hashable {
  public var text: String
  public var role: ThemeRole
  public var extra: Attributes

  public init(_ text: String, _ role: ThemeRole = .text, extra: Attributes = []) {
    self.text = text
    self.role = role
    self.extra = extra
  }

  /// Columns the text takes.
  public var width: Int { DisplayWidth.of(text) }

  /// The style this span draws with under `theme`.
  public func style(in theme: Theme) -> Style { theme[role].adding(extra) }
}
