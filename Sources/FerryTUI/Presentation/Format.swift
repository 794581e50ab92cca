import Foundation
import Terminal

/// Small pure formatters shared by the rows and panels: counts, sizes, truncation (durations are FerryCore's
/// `Durations`, shared with the CLI).
public enum Format {
  /// `1200` → `1,200` (fixed grouping, independent of the locale so screens are stable).
  public static func count(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }

  /// The throughput a time-based copy needs: `sizeGiB` in `minutes`, in MiB/s (one decimal).
  ///
  /// Time-based copies run at most 500 MiB/s per snapshot (EBS time-based copies quota), so the
  /// operator sees up front whether the window is realistic.
  public static func throughput(sizeGiB: Int, minutes: Int) -> String? {
    guard sizeGiB > 0, minutes > 0 else { return nil }
    let mibPerSecond = Double(sizeGiB) * 1024 / Double(minutes * 60)
    return String(format: "%.1f MiB/s", mibPerSecond)
  }

  /// Cuts `text` to `width` display columns, ending with `…` when cut.
  public static func fit(_ text: String, _ width: Int) -> String {
    DisplayWidth.truncate(text, to: width)
  }

  /// Pads (or cuts) to exactly `width` columns.
  public static func pad(_ text: String, _ width: Int) -> String {
    let fitted = fit(text, width)
    return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
  }

  /// Right-aligns in `width` columns.
  public static func padLeft(_ text: String, _ width: Int) -> String {
    let fitted = fit(text, width)
    return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
  }
}
