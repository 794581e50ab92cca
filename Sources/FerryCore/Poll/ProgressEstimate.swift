import Foundation

/// How far a copy has got and when it may end: percent, time since submission, and an ETA.
///
/// The ETA assumes the rate seen so far holds (percent done ÷ time elapsed); it is `nil` until some
/// progress is seen, and after the copy ends. Pure.
public struct ProgressEstimate: Sendable, Equatable {
  public var percent: Int?
  public var elapsed: Duration
  public var remaining: Duration?

  public init(percent: Int?, elapsed: Duration, remaining: Duration?) {
    self.percent = percent
    self.elapsed = elapsed
    self.remaining = remaining
  }

  /// The estimate for a record at `now`.
  public init(record: CopyRecord, now: Date) {
    let start = record.submittedAt ?? record.createdAt
    let end = record.finishedAt ?? now
    let elapsed = max(0, end.timeIntervalSince(start))
    self.percent = record.progress
    self.elapsed = .interval(elapsed)
    if let percent = record.progress, percent > 0, percent < 100, !record.phase.isFinal {
      self.remaining = .interval(elapsed * Double(100 - percent) / Double(percent))
    } else {
      self.remaining = nil
    }
  }
}
