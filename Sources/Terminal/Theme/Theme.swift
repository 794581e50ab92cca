/// The styles of every role plus the glyphs to draw with: passed to every view, never global.
///
/// Built-in themes (`default`, `light`, `highContrast`, `monochrome`) are values here, so the
/// program works wherever it is installed; the files in the repository's `themes/` folder are
/// the same themes as data (a test keeps them equal) and the template for a user's own themes.
/// A role a theme does not set is plain text.
public struct Theme: Sendable, Equatable {
  public var name: String
  public var styles: [ThemeRole: Style]
  public var glyphs: Glyphs

  public init(name: String, styles: [ThemeRole: Style], glyphs: Glyphs = .unicode) {
    self.name = name
    self.styles = styles
    self.glyphs = glyphs
  }

  public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

  /// This theme with other glyphs (ASCII for a terminal without UTF-8).
  public func with(glyphs: Glyphs) -> Theme {
    var copy = self
    copy.glyphs = glyphs
    return copy
  }

  /// This theme with every colour removed, keeping attributes: what `NO_COLOR` asks for.
  public var withoutColors: Theme {
    var copy = self
    copy.styles = styles.mapValues(\.withoutColors)
    return copy
  }

  /// The themes that ship inside the program, by file name.
  public static let builtIn: [String: Theme] = [
    "default": .default, "light": .light, "high-contrast": .highContrast, "monochrome": .monochrome,
  ]
}
