/// A colour a theme can name.
///
/// `.default` keeps the terminal's own colour.
public enum Color: Sendable, Equatable, Hashable {
  case `default`
  /// One of the 16 ANSI colours (0–15).
  case ansi(UInt8)
  /// One of the 256 indexed colours.
  case indexed(UInt8)
  /// 24-bit colour; backends that cannot show it pick the nearest indexed colour.
  case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes, combinable.
public struct Attributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = Attributes(rawValue: 1 << 0)
  public static let dim = Attributes(rawValue: 1 << 1)
  public static let underline = Attributes(rawValue: 1 << 2)
  public static let reverse = Attributes(rawValue: 1 << 3)
  public static let italic = Attributes(rawValue: 1 << 4)
}

/// How a cell looks: colours and attributes.
public struct Style: Sendable, Equatable, Hashable {
  public var foreground: Color
  public var background: Color
  public var attributes: Attributes

  public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()
}

extension Color {
  public static let black = Color.ansi(0)
  public static let red = Color.ansi(1)
  public static let green = Color.ansi(2)
  public static let yellow = Color.ansi(3)
  public static let blue = Color.ansi(4)
  public static let magenta = Color.ansi(5)
  public static let cyan = Color.ansi(6)
  public static let white = Color.ansi(7)
  public static let brightBlack = Color.ansi(8)
  public static let brightWhite = Color.ansi(15)
}

extension Style {
  /// This style with `attributes` added.
  public func adding(_ attributes: Attributes) -> Style {
    Style(foreground: foreground, background: background, attributes: self.attributes.union(attributes))
  }

  /// This style's attributes only: what a terminal without colour (or `NO_COLOR`) shows.
  public var withoutColors: Style { Style(attributes: attributes) }
}
