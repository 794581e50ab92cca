/// The client-wide retry budget of the standard retry mode ("retry quota" / token bucket).
///
/// Starts at 500; a retry costs 5 (10 after a timeout); a success gives back what its last retry took,
/// or 1 when it needed none, never above the start. A value type: the client keeps it behind an actor.
///
/// Spec: botocore `retries/quota.py` and `retries/standard.py` (`RetryQuotaChecker`).
public struct RetryQuota: Sendable, Equatable {
  public static let initialCapacity = 500
  public static let retryCost = 5
  public static let timeoutRetryCost = 10
  public static let noRetryIncrement = 1

  public private(set) var available: Int
  public let capacity: Int

  public init(capacity: Int = RetryQuota.initialCapacity) {
    self.capacity = capacity
    self.available = capacity
  }

  public static func cost(of failure: RetryPolicy.Failure) -> Int {
    if case .connection(timedOut: true, _) = failure { return timeoutRetryCost }
    return retryCost
  }

  /// Takes `amount` if there is that much; returns whether it did.
  public mutating func acquire(_ amount: Int) -> Bool {
    guard amount <= available else { return false }
    available -= amount
    return true
  }

  /// A call succeeded: give back `lastRetryCost` (nil when the first attempt succeeded → 1).
  public mutating func releaseAfterSuccess(lastRetryCost: Int?) {
    available = min(capacity, available + (lastRetryCost ?? Self.noRetryIncrement))
  }
}
