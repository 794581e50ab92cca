/// How the poller paces itself.
///
/// Values, no behaviour.
public struct PollSettings: Sendable, Equatable {
  /// The first and shortest pause between cycles.
  public var minimumDelay: Duration
  /// The longest pause while nothing is throttled.
  public var maximumDelay: Duration
  /// The longest pause while EC2 throttles (`RequestLimitExceeded`) or the network fails.
  public var throttledMaximumDelay: Duration
  /// How much each quiet cycle widens the pause while no progress rate is known.
  public var wideningFactor: Double
  /// How many cycles in a row a new resource may be "not found" before the copy counts as failed.
  public var notFoundRetries: Int

  public init(
    minimumDelay: Duration = .seconds(5), maximumDelay: Duration = .seconds(60),
    throttledMaximumDelay: Duration = .seconds(300), wideningFactor: Double = 1.5, notFoundRetries: Int = 5
  ) {
    self.minimumDelay = minimumDelay
    self.maximumDelay = maximumDelay
    self.throttledMaximumDelay = throttledMaximumDelay
    self.wideningFactor = wideningFactor
    self.notFoundRetries = notFoundRetries
  }
}
