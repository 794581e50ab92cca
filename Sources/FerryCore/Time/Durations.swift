import Foundation

/// Durations as operators read them (`3h12m`, `4m05s`, `12s`) and as they type them (`6h`, `90m`).
///
/// The one formatter for the CLI's progress and status lines and the TUI's status pane. Pure.
public enum Durations {
  /// `12s`, `4m05s`, `3h12m`; a negative duration (a clock that stepped back) reads as `0s`.
  public static func text(_ duration: Duration) -> String {
    let total = max(0, Int(duration.seconds.rounded()))
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    let seconds = total % 60
    if hours > 0 { return "\(hours)h\(String(format: "%02d", minutes))m" }
    if minutes > 0 { return "\(minutes)m\(String(format: "%02d", seconds))s" }
    return "\(seconds)s"
  }

  /// Parses `6h`, `90m`, `45s`, `1h30m`, or a bare number of seconds; `nil` when malformed or zero.
  public static func parse(_ text: String) -> Duration? {
    if let seconds = Int(text) { return seconds > 0 ? .seconds(seconds) : nil }
    var total = 0
    var number = ""
    for character in text.lowercased() {
      if character.isASCII, character.isNumber {
        number.append(character)
        continue
      }
      guard let value = Int(number) else { return nil }
      switch character {
      case "d": total += value * 86400
      case "h": total += value * 3600
      case "m": total += value * 60
      case "s": total += value
      default: return nil
      }
      number = ""
    }
    guard number.isEmpty, total > 0 else { return nil }
    return .seconds(total)
  }
}
