import Foundation

/// The pause before the next poll cycle.
///
/// Pure: tested without waiting.
///
/// The AWS CLI's waiters poll every 15 s and give up after 40 tries (10 minutes), far shorter than a
/// large copy (see `reference/aws-protocol.md` §7). ferry never gives up on its own and instead
/// paces itself, in the manner of soto-core's `calculateRetryWaitTime(attempt:remainingTime:)`:
///
/// - no progress rate known yet: start at `minimumDelay` and widen by `wideningFactor` each cycle,
///   up to `maximumDelay`;
/// - a rate known: a quarter of the soonest expected completion, within `minimumDelay…maximumDelay`,
///   so a copy far from done is polled rarely and one about to finish is caught quickly;
/// - throttled (or the network failing) `n` cycles in a row: the pause doubles `n` times, up to
///   `throttledMaximumDelay` (exponential back-off as in the AWS SDKs' standard retry mode);
/// - never longer than what is left before the caller's deadline.
public enum PollInterval {
  public static func next(
    cycle: Int, soonestCompletion: Duration?, throttledStreak: Int, remaining: Duration? = nil,
    settings: PollSettings = PollSettings()
  ) -> Duration {
    let minimum = settings.minimumDelay.seconds
    let maximum = settings.maximumDelay.seconds
    var delay: Double
    if let soonest = soonestCompletion {
      delay = min(max(soonest.seconds / 4, minimum), maximum)
    } else {
      let widened = minimum * pow(settings.wideningFactor, Double(max(0, cycle)))
      delay = min(widened, maximum)
    }
    if throttledStreak > 0 {
      let backedOff = delay * pow(2, Double(min(throttledStreak, 16)))
      delay = min(backedOff, max(settings.throttledMaximumDelay.seconds, delay))
    }
    if let remaining {
      delay = min(delay, max(remaining.seconds, 0))
    }
    return .interval(delay)
  }

  private static func pow(_ base: Double, _ exponent: Double) -> Double {
    Foundation.pow(base, exponent)
  }
}
