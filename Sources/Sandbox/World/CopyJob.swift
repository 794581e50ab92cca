import Foundation

/// A snapshot copy in flight: when it started, how long it takes, and whether (and when) it fails.
///
/// The copy is not driven by a timer: its state is worked out from `startedAt` and the clock each
/// time it is described, so a copy started by one ferry process continues in the next.
struct CopyJob: Sendable, Equatable, Codable {
  /// Why and at what point a copy fails, as EBS reports it afterwards (`StateMessage`).
  struct Failure: Sendable, Equatable, Codable {
    /// The fraction of the duration after which the copy stops (0…1).
    var atFraction: Double
    var message: String
  }

  var startedAt: Date
  var durationSeconds: Double
  var failure: Failure?

  /// The moment the copy finishes (completes or fails).
  var endsAt: Date {
    startedAt.addingTimeInterval(durationSeconds * (failure?.atFraction ?? 1))
  }

  /// The state and whole-percent progress at `now`.
  func status(at now: Date) -> (state: CopyStatus, progress: Int) {
    let elapsed = max(0, now.timeIntervalSince(startedAt))
    let fraction = durationSeconds > 0 ? min(1, elapsed / durationSeconds) : 1
    if let failure, fraction >= failure.atFraction {
      return (.failed(failure.message), Int(failure.atFraction * 100))
    }
    if fraction >= 1 { return (.done, 100) }
    // Never 100% while still pending: EC2 shows 99% until the copy really completes.
    return (.running, min(99, Int(fraction * 100)))
  }
}

/// Where a copy stands.
enum CopyStatus: Sendable, Equatable {
  case running
  case done
  case failed(String)
}
