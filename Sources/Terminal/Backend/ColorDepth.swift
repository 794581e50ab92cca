/// How many colours a terminal shows, and how a `Color` is brought down to that many.
///
/// Pure: `NCursesBackend` picks the depth from `COLORS` and `has_colors()` and asks for colour
/// numbers here. rgb → nearest of the 256 xterm colours → nearest of the 16 ANSI colours → 8.
/// `-1` means "the terminal's default colour" (ncurses's `use_default_colors`).
public enum ColorDepth: Sendable, Equatable, CaseIterable {
  case none, ansi8, ansi16, indexed256

  /// The depth for an ncurses `COLORS` value.
  public init(colors: Int) {
    switch colors {
    case 256...: self = .indexed256
    case 16...: self = .ansi16
    case 8...: self = .ansi8
    default: self = .none
    }
  }

  /// The colour number to give ncurses for `color`, or -1 for the default (and for `.none`).
  public func number(for color: Color) -> Int {
    switch (self, color) {
    case (.none, _), (_, .default): return -1
    case (.indexed256, .ansi(let n)), (.indexed256, .indexed(let n)): return Int(n)
    case (.indexed256, .rgb(let r, let g, let b)): return Self.nearestIndexed(r, g, b)
    case (.ansi16, _), (.ansi8, _):
      let ansi = Self.nearestANSI(color)
      // On 8 colours, bright black (grey) would become black, invisible on a dark screen: use white.
      guard self == .ansi8, ansi >= 8 else { return ansi }
      return ansi == 8 ? 7 : ansi - 8
    }
  }

  /// The 6×6×6 cube levels of the xterm palette (indices 16–231).
  private static let cubeLevels = [0, 95, 135, 175, 215, 255]
  /// The usual xterm values of the 16 ANSI colours.
  private static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The rgb value of an indexed colour.
  static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    switch index {
    case 0..<16: return ansiRGB[index]
    case 16..<232:
      let i = index - 16
      return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
    default:
      let grey = 8 + (index - 232) * 10
      return (grey, grey, grey)
    }
  }

  static func nearestIndexed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    nearest(in: 16..<256, to: (Int(r), Int(g), Int(b)))
  }

  static func nearestANSI(_ color: Color) -> Int {
    switch color {
    case .default: return -1
    case .ansi(let n): return Int(n % 16)
    case .indexed(let n) where n < 16: return Int(n)
    case .indexed(let n): return nearest(in: 0..<16, to: rgb(ofIndex: Int(n)))
    case .rgb(let r, let g, let b): return nearest(in: 0..<16, to: (Int(r), Int(g), Int(b)))
    }
  }

  private static func nearest(in indices: Range<Int>, to target: (Int, Int, Int)) -> Int {
    var best = indices.lowerBound
    var bestDistance = Int.max
    for index in indices {
      let (r, g, b) = rgb(ofIndex: index)
      let distance =
        (r - target.0) * (r - target.0) + (g - target.1) * (g - target.1)
        + (b - target.2) * (b - target.2)
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }
}
