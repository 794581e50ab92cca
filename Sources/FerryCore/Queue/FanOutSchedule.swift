import FerryRules
import Foundation

/// Decides which queued copies may be sent now.
///
/// Pure: no I/O, the time is a parameter.
///
/// A copy may go when its destination Region has fewer copies of its kind in flight than the limit
/// (counting every copy the journal knows to be `sending`, `submitted` or `pending` — those of other
/// ferry processes too) and its back-off, if any, has run out. Queue order is kept.
public enum FanOutSchedule {
  /// A copy waiting in the queue.
  public struct Waiting: Sendable, Equatable {
    public var id: String
    public var region: String
    public var resource: Resource
    /// Not before this time (set after a `ResourceLimitExceeded` answer).
    public var notBefore: Date?

    public init(id: String, region: String, resource: Resource, notBefore: Date? = nil) {
      self.id = id
      self.region = region
      self.resource = resource
      self.notBefore = notBefore
    }
  }

  /// The ids to send now, in queue order.
  public static func admissible(
    waiting: [Waiting], journal: [CopyRecord], now: Date, limits: FanOutLimits
  ) -> [String] {
    struct Slot: Hashable {
      var region: String
      var resource: Resource
    }
    var busy: [Slot: Int] = [:]
    for record in journal where record.phase == .sending || record.phase.isInFlight {
      busy[Slot(region: record.region, resource: record.resource), default: 0] += 1
    }
    var chosen: [String] = []
    for copy in waiting {
      if let notBefore = copy.notBefore, notBefore > now { continue }
      let slot = Slot(region: copy.region, resource: copy.resource)
      guard busy[slot, default: 0] < limits.limit(for: copy.resource) else { continue }
      busy[slot, default: 0] += 1
      chosen.append(copy.id)
    }
    return chosen
  }

  /// The pause before the `attempt`-th retry of a refused copy: `requeueDelay` doubled each time,
  /// capped at `maximumRequeueDelay`.
  public static func requeueDelay(attempt: Int, limits: FanOutLimits) -> Duration {
    let doubled = limits.requeueDelay.seconds * pow(2, Double(max(0, min(attempt - 1, 16))))
    return .interval(min(doubled, limits.maximumRequeueDelay.seconds))
  }

  /// The pause before re-sending a copy whose answer was lost: 1 s doubled each time, capped at
  /// `requeueDelay`.
  ///
  /// Sooner than a refusal's pause: nothing was refused, and the operator waits on
  /// the answer (a snapshot copy is looked up by its tag first, an image re-sent with its token).
  public static func resendDelay(attempt: Int, limits: FanOutLimits) -> Duration {
    let doubled = pow(2, Double(max(0, min(attempt - 1, 16))))
    return .interval(min(doubled, limits.requeueDelay.seconds))
  }
}
