import Foundation

/// What one client learns across calls: the retry quota and the clock correction.
///
/// An actor because concurrent calls share it. Holds no secrets and does no I/O.
actor ClientState {
  private var quota: RetryQuota
  private(set) var clockOffset: TimeInterval = 0

  init(quota: RetryQuota = RetryQuota()) {
    self.quota = quota
  }

  var availableQuota: Int { quota.available }

  func acquire(_ cost: Int) -> Bool { quota.acquire(cost) }

  func releaseAfterSuccess(lastRetryCost: Int?) { quota.releaseAfterSuccess(lastRetryCost: lastRetryCost) }

  /// Applies a new skew only when it moves the clock by more than a minute, as aws-sdk-swift does.
  func updateClockOffset(_ offset: TimeInterval) {
    if abs(offset - clockOffset) > 60 { clockOffset = offset }
  }
}
