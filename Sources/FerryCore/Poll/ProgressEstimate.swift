import Foundation

/// How far a copy has got and when it may end: percent, time since submission, and an ETA.
///
/// The ETA projects the rate between two observations of progress — the first poll that saw the copy
/// move (`CopyRecord.firstProgress`) and the latest (`progress` at `progressAt`) — not from the
/// submission: EC2 copies sit at 0 % for a while before the bytes move, and counting that wait as
/// part of the rate made early estimates far too long. Until two different percentages have been
/// seen there is no rate, so there is no ETA (`nil`: the front ends say "estimating"); after the
/// copy ends there is none either. The time since the latest observation is taken off, never below
/// zero. Pure.
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
    self.percent = record.progress
    self.elapsed = .interval(max(0, end.timeIntervalSince(start)))
    self.remaining = nil
    guard !record.phase.isFinal, let percent = record.progress, percent < 100, let first = record.firstProgress,
      let seenAt = record.progressAt, percent > first.percent, seenAt > first.at
    else { return }
    let rate = Double(percent - first.percent) / seenAt.timeIntervalSince(first.at)
    let fromObservation = Double(100 - percent) / rate
    self.remaining = .interval(max(0, fromObservation - max(0, now.timeIntervalSince(seenAt))))
  }
}

/// A percentage seen by a poll, and when.
public struct ProgressMark: Sendable, Equatable, Codable {
  public var percent: Int
  public var at: Date

  public init(percent: Int, at: Date) {
    self.percent = percent
    self.at = at
  }
}
