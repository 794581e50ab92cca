/// Durations of repeated runs of one operation, in nanoseconds, and their order statistics.
///
/// Percentiles use the nearest-rank method on the sorted samples (p99 of 1,000 samples is the
/// 990th), so a reported p99 is a time that really happened. Pure value; never measures anything itself.
struct Samples: Sendable {
  private(set) var nanoseconds: [Double] = []

  init(_ nanoseconds: [Double] = []) {
    self.nanoseconds = nanoseconds
  }

  mutating func append(_ value: Double) { nanoseconds.append(value) }

  var count: Int { nanoseconds.count }

  /// The `p`-th percentile (0 < p ≤ 100) by nearest rank; 0 when there are no samples.
  func percentile(_ p: Double) -> Double {
    guard !nanoseconds.isEmpty else { return 0 }
    let sorted = nanoseconds.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
  }

  var median: Double { percentile(50) }
  var p99: Double { percentile(99) }
  var max: Double { nanoseconds.max() ?? 0 }
  var min: Double { nanoseconds.min() ?? 0 }
  var total: Double { nanoseconds.reduce(0, +) }
}
