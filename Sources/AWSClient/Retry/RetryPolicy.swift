import FerryCloud

/// Decides whether a failed attempt is retried, and after how long: the SDKs' "standard" retry mode.
///
/// A value type of pure functions; the random source is passed in, so tests pin the jitter and never
/// wait. Never sleeps and never does I/O itself.
///
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html and botocore
/// `retries/standard.py` (`ExponentialBackoff`, `TransientRetryableChecker`, `ThrottledRetryableChecker`).
public struct RetryPolicy: Sendable, Equatable {
  /// Attempts in all, the first one included (`AWS_MAX_ATTEMPTS`; botocore standard mode: 3).
  public var maxAttempts: Int
  /// The cap of the exponential backoff, in seconds.
  public var maxBackoff: Double

  public static let standard = RetryPolicy(maxAttempts: 3)

  public init(maxAttempts: Int, maxBackoff: Double = 20) {
    self.maxAttempts = max(1, maxAttempts)
    self.maxBackoff = maxBackoff
  }

  /// `ThrottledRetryableChecker._THROTTLED_ERROR_CODES`, kept with FerryCloud's one classification of codes.
  public static var throttlingCodes: Set<String> { AWSError.Kind.throttlingCodes }

  /// `TransientRetryableChecker`: codes; the statuses are in `transientStatuses`.
  public static let transientCodes: Set<String> = [
    "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
  ]
  public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

  /// What went wrong with one attempt, as far as retrying is concerned.
  public enum Failure: Sendable, Equatable {
    /// The service answered with an HTTP status and, when it could be read, an error code.
    case service(status: Int, code: String?)
    /// No answer: refused, reset, DNS. `timedOut` marks a timeout (it costs more quota);
    /// `neverSent` marks a failure before the request left (refused, DNS, TLS handshake).
    case connection(timedOut: Bool, neverSent: Bool = false)
  }

  /// Why an attempt is or is not retried.
  public enum Decision: Sendable, Equatable {
    case retry(after: Double, quotaCost: Int)
    case giveUp(reason: String)
  }

  public static func isThrottling(_ failure: Failure) -> Bool {
    if case .service(_, let code?) = failure { return throttlingCodes.contains(code) }
    return false
  }

  public static func isRetryable(_ failure: Failure) -> Bool {
    switch failure {
    case .connection: return true
    case .service(let status, let code):
      if let code, throttlingCodes.contains(code) || transientCodes.contains(code) { return true }
      return transientStatuses.contains(status)
    }
  }

  /// Full-jitter exponential backoff, in seconds.
  ///
  /// `random * min(2^(attempt-1), maxBackoff)`. `attempt` is the attempt that just failed, counting from 1; `random` is in [0, 1).
  public func backoff(afterAttempt attempt: Int, random: Double) -> Double {
    let exponent = Double(max(0, attempt - 1))
    let ceiling = min(Double.pow2(exponent), maxBackoff)
    return min(max(random, 0), 1) * ceiling
  }

  /// Whether the server may have acted on the request although the client saw no success: an answer
  /// lost on the way back, or a server error.
  ///
  /// Throttling means EC2 did nothing.
  public static func mayHaveActed(_ failure: Failure) -> Bool {
    switch failure {
    case .connection(_, let neverSent): return !neverSent
    case .service(let status, let code):
      if let code, throttlingCodes.contains(code) { return false }
      return status >= 500
    }
  }

  /// The decision after `attempt` failed with `failure`, given how much retry quota is left.
  ///
  /// - Parameter idempotent: false for a call that must not be sent twice (CopySnapshot): it is then
  ///   retried only when the server cannot have acted on it.
  public func decide(
    attempt: Int, failure: Failure, quotaAvailable: Int, random: Double, idempotent: Bool = true
  ) -> Decision {
    guard Self.isRetryable(failure) else { return .giveUp(reason: "not retryable") }
    if !idempotent, Self.mayHaveActed(failure) {
      return .giveUp(reason: "the call is not idempotent and the server may have acted on it")
    }
    guard attempt < maxAttempts else { return .giveUp(reason: "attempts exhausted (\(maxAttempts))") }
    let cost = RetryQuota.cost(of: failure)
    guard quotaAvailable >= cost else { return .giveUp(reason: "retry quota exhausted") }
    return .retry(after: backoff(afterAttempt: attempt, random: random), quotaCost: cost)
  }
}

extension Double {
  fileprivate static func pow2(_ exponent: Double) -> Double {
    // 2^64 already exceeds any cap; stop there so huge attempt numbers cannot overflow.
    var result = 1.0
    var remaining = Swift.min(exponent, 64)
    while remaining >= 1 {
      result *= 2
      remaining -= 1
    }
    return result
  }
}
