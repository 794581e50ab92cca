/// Every non-letter character widgets draw, in a Unicode and an ASCII set.
///
/// Chosen from the backend's `supportsUnicode`, not from the theme file, because it depends on the
/// host's locale: an ASCII-only terminal gets `Glyphs.ascii` whatever the colours.
public struct Glyphs: Sendable, Equatable {
  public var border: BorderSet
  /// Ends text cut short; one column wide.
  public var ellipsis: String
  /// A fully filled progress cell, and partial fills from 1/8 to 7/8 (empty in ASCII).
  public var progressFull: Character
  public var progressPartial: [Character]
  public var progressTrack: Character
  public var spinner: [String]

  public init(
    border: BorderSet, ellipsis: String, progressFull: Character, progressPartial: [Character],
    progressTrack: Character, spinner: [String]
  ) {
    self.border = border
    self.ellipsis = ellipsis
    self.progressFull = progressFull
    self.progressPartial = progressPartial
    self.progressTrack = progressTrack
    self.spinner = spinner
  }

  public static let unicode = Glyphs(
    border: .rounded, ellipsis: "…", progressFull: "█",
    progressPartial: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], progressTrack: "░",
    spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])

  public static let ascii = Glyphs(
    border: .ascii, ellipsis: "~", progressFull: "#", progressPartial: [], progressTrack: "-",
    spinner: ["|", "/", "-", "\\"])

  /// Whether these glyphs are plain ASCII (so key names should be spelled out too).
  public var isASCII: Bool { border == .ascii && ellipsis.unicodeScalars.allSatisfy(\.isASCII) }

  /// The set for a terminal that can (or cannot) show UTF-8.
  public static func forTerminal(supportsUnicode: Bool) -> Glyphs { supportsUnicode ? .unicode : .ascii }
}
