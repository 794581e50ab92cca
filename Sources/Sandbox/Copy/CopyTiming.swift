/// How long a sandbox copy takes.
///
/// Best-effort copies take 20 s plus 0.15 s per GiB, at most 90 s: long enough to watch progress,
/// short enough for a demo. Time-based copies take their requested duration scaled down 60 times
/// (one requested minute is one sandbox second: 15 minutes → 15 s, 48 hours → 48 min), so their
/// relative lengths stay honest. Key failures stop a copy 15 % of the way. Pure.
enum CopyTiming {
  static let baseSeconds = 20.0
  static let secondsPerGiB = 0.15
  static let maximumSeconds = 90.0
  /// Requested minutes → sandbox seconds.
  static let timeBasedScale = 60.0
  /// How far a copy gets before a key it cannot use stops it.
  static let failureFraction = 0.15

  static func seconds(sizeGiB: Int, completionMinutes: Int?) -> Double {
    if let minutes = completionMinutes, minutes > 0 {
      return Double(minutes) * 60 / timeBasedScale
    }
    return min(maximumSeconds, baseSeconds + Double(max(0, sizeGiB)) * secondsPerGiB)
  }
}
