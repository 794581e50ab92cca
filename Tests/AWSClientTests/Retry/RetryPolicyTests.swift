import AWSClient
import Foundation
import Testing

// MARK: - What is retried

@Test(arguments: [
  (RetryPolicy.Failure.service(status: 503, code: "RequestLimitExceeded"), true),
  (.service(status: 400, code: "Throttling"), true),
  (.service(status: 400, code: "ThrottlingException"), true),
  (.service(status: 400, code: "RequestThrottled"), true),
  (.service(status: 400, code: "EC2ThrottledException"), true),
  (.service(status: 400, code: "RequestTimeout"), true),
  (.service(status: 400, code: "PriorRequestNotComplete"), true),
  (.service(status: 500, code: nil), true),
  (.service(status: 502, code: "InternalError"), true),
  (.service(status: 504, code: nil), true),
  (.connection(timedOut: false), true),
  (.connection(timedOut: true), true),
  (.service(status: 400, code: "InvalidAMIID.NotFound"), false),
  (.service(status: 401, code: "AuthFailure"), false),
  (.service(status: 412, code: "DryRunOperation"), false),
  (.service(status: 501, code: nil), false),
])
func retryableFailures(failure: RetryPolicy.Failure, retryable: Bool) {
  #expect(RetryPolicy.isRetryable(failure) == retryable)
}

/// Whether EC2 may have acted although the client saw no success: what a non-idempotent call
/// (CopySnapshot) must not retry.
@Test(arguments: [
  (RetryPolicy.Failure.service(status: 503, code: "RequestLimitExceeded"), false),
  (.service(status: 400, code: "Throttling"), false),
  (.service(status: 503, code: "Unavailable"), true),
  (.service(status: 500, code: "InternalError"), true),
  (.service(status: 400, code: "InvalidParameterValue"), false),
  (.connection(timedOut: true), true),
  (.connection(timedOut: false), true),
  (.connection(timedOut: false, neverSent: true), false),
])
func whatMayHaveActed(failure: RetryPolicy.Failure, mayHaveActed: Bool) {
  #expect(RetryPolicy.mayHaveActed(failure) == mayHaveActed)
  let decision = RetryPolicy.standard.decide(
    attempt: 1, failure: failure, quotaAvailable: 500, random: 0, idempotent: false)
  if case .retry = decision {
    #expect(!mayHaveActed)
  } else {
    #expect(mayHaveActed || !RetryPolicy.isRetryable(failure))
  }
}

// MARK: - Backoff

@Test(arguments: [
  (1, 1.0, 1.0), (2, 1.0, 2.0), (3, 1.0, 4.0), (5, 1.0, 16.0), (6, 1.0, 20.0), (60, 1.0, 20.0),
  (1, 0.0, 0.0), (3, 0.25, 1.0), (200, 0.5, 10.0),
])
func fullJitterBackoff(attempt: Int, random: Double, seconds: Double) {
  #expect(RetryPolicy.standard.backoff(afterAttempt: attempt, random: random) == seconds)
}

@Test func decisionsStopAtMaxAttemptsAndQuota() {
  let policy = RetryPolicy(maxAttempts: 3)
  let throttled = RetryPolicy.Failure.service(status: 503, code: "RequestLimitExceeded")
  #expect(
    policy.decide(attempt: 1, failure: throttled, quotaAvailable: 500, random: 0.5) == .retry(after: 0.5, quotaCost: 5))
  #expect(
    policy.decide(attempt: 2, failure: throttled, quotaAvailable: 500, random: 0.5) == .retry(after: 1.0, quotaCost: 5))
  #expect(
    policy.decide(attempt: 3, failure: throttled, quotaAvailable: 500, random: 0.5)
      == .giveUp(reason: "attempts exhausted (3)"))
  #expect(
    policy.decide(attempt: 1, failure: throttled, quotaAvailable: 4, random: 0.5)
      == .giveUp(reason: "retry quota exhausted"))
  #expect(
    policy.decide(attempt: 1, failure: .connection(timedOut: true), quotaAvailable: 500, random: 0)
      == .retry(after: 0, quotaCost: 10))
  #expect(
    policy.decide(attempt: 1, failure: .service(status: 400, code: "InvalidParameter"), quotaAvailable: 500, random: 0)
      == .giveUp(reason: "not retryable"))
}

// MARK: - Quota

@Test func quotaCostsAndRefunds() {
  var quota = RetryQuota()
  #expect(quota.available == 500)
  let first = quota.acquire(RetryQuota.cost(of: .service(status: 503, code: nil)))
  #expect(first)
  #expect(quota.available == 495)
  let second = quota.acquire(RetryQuota.cost(of: .connection(timedOut: true)))
  #expect(second)
  #expect(quota.available == 485)
  quota.releaseAfterSuccess(lastRetryCost: 10)
  #expect(quota.available == 495)
  quota.releaseAfterSuccess(lastRetryCost: nil)
  #expect(quota.available == 496)
  for _ in 0..<10 { quota.releaseAfterSuccess(lastRetryCost: 5) }
  #expect(quota.available == 500, "never above the capacity")
  var small = RetryQuota(capacity: 7)
  let taken = small.acquire(5)
  let refused = small.acquire(5)
  #expect(taken)
  #expect(!refused)
  #expect(small.available == 2)
}

// MARK: - Clock skew

@Test func skewIsCorrectedOnlyForSkewCodesBeyondFiveMinutes() throws {
  let signedAt = try #require(ClockSkew.parseHTTPDate("Sun, 30 Aug 2015 12:36:00 GMT"))
  #expect(
    ClockSkew.correction(code: "RequestExpired", serverDate: "Sun, 30 Aug 2015 12:46:00 GMT", signedAt: signedAt) == 600
  )
  #expect(
    ClockSkew.correction(code: "AuthFailure", serverDate: "Sun, 30 Aug 2015 12:26:00 GMT", signedAt: signedAt) == -600)
  #expect(
    ClockSkew.correction(code: "RequestTimeTooSkewed", serverDate: "Sun, 30 Aug 2015 12:40:00 GMT", signedAt: signedAt)
      == nil)
  #expect(
    ClockSkew.correction(code: "InvalidAMIID.NotFound", serverDate: "Sun, 30 Aug 2015 13:36:00 GMT", signedAt: signedAt)
      == nil)
  #expect(ClockSkew.correction(code: "RequestExpired", serverDate: "yesterday", signedAt: signedAt) == nil)
  #expect(ClockSkew.correction(code: "RequestExpired", serverDate: nil, signedAt: signedAt) == nil)
}
