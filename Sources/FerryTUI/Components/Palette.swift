import Terminal

/// The named styles every view draws with: one value, chosen by name, passed down to views.
///
/// Views never pick raw colours; they ask the palette for a role. `monochrome` uses attributes only,
/// so it stays readable with `NO_COLOR` and on terminals without colour.
public struct Palette: Sendable, Equatable {
  public var name: String
  public var text: Style
  public var dim: Style
  public var title: Style
  public var header: Style
  public var sandboxBadge: Style
  public var selected: Style
  public var key: Style
  public var error: Style
  public var warning: Style
  public var info: Style
  public var success: Style
  public var border: Style

  public static let `default` = Palette(
    name: "default",
    text: .plain,
    dim: Style(attributes: .dim),
    title: Style(attributes: .bold),
    header: Style(foreground: .ansi(15), background: .ansi(4)),
    sandboxBadge: Style(foreground: .ansi(0), background: .ansi(11), attributes: .bold),
    selected: Style(attributes: .reverse),
    key: Style(foreground: .ansi(14), attributes: .bold),
    error: Style(foreground: .ansi(9), attributes: .bold),
    warning: Style(foreground: .ansi(11)),
    info: Style(foreground: .ansi(12)),
    success: Style(foreground: .ansi(10)),
    border: Style(foreground: .ansi(8))
  )

  public static let highContrast = Palette(
    name: "high-contrast",
    text: Style(foreground: .ansi(15)),
    dim: Style(foreground: .ansi(7)),
    title: Style(foreground: .ansi(15), attributes: [.bold, .underline]),
    header: Style(foreground: .ansi(0), background: .ansi(15), attributes: .bold),
    sandboxBadge: Style(foreground: .ansi(0), background: .ansi(11), attributes: [.bold]),
    selected: Style(foreground: .ansi(0), background: .ansi(14), attributes: .bold),
    key: Style(foreground: .ansi(11), attributes: .bold),
    error: Style(foreground: .ansi(15), background: .ansi(1), attributes: .bold),
    warning: Style(foreground: .ansi(11), attributes: .bold),
    info: Style(foreground: .ansi(14)),
    success: Style(foreground: .ansi(10), attributes: .bold),
    border: Style(foreground: .ansi(15))
  )

  public static let monochrome = Palette(
    name: "monochrome",
    text: .plain,
    dim: Style(attributes: .dim),
    title: Style(attributes: .bold),
    header: Style(attributes: .reverse),
    sandboxBadge: Style(attributes: [.reverse, .bold]),
    selected: Style(attributes: .reverse),
    key: Style(attributes: .bold),
    error: Style(attributes: [.bold, .underline]),
    warning: Style(attributes: .bold),
    info: .plain,
    success: .plain,
    border: .plain
  )

  /// Every built-in palette, in the order `:theme` completes them.
  public static let builtIn: [Palette] = [.default, .highContrast, .monochrome]

  /// The built-in palette called `name`, if any.
  public static func named(_ name: String) -> Palette? { builtIn.first { $0.name == name } }
}
