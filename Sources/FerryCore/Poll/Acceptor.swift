import FerryCloud

/// Maps what a Describe call says about a copy to success, retry or failure.
///
/// Pure. Follows the waiters in botocore's `data/ec2/2016-11-15/waiters-2.json` (`ImageAvailable`,
/// `ImageExists`, `SnapshotCompleted`) the way soto-core's `AWSClient+Waiter.swift` applies them,
/// and closes the gaps those waiters leave (they keep polling an image in `error`, `invalid` or
/// `deregistered` until they time out): here those are failures at once.
public enum Acceptor {
  public enum Verdict: Sendable, Equatable {
    case success
    case retry
    case failure
  }

  /// ImageAvailable: `available` succeeds; `failed` fails (and so do `error`, `invalid`,
  /// `deregistered`, `disabled`); `pending` and `transient` retry.
  public static func image(_ state: Image.State) -> Verdict {
    switch state {
    case .available: .success
    case .pending, .transient: .retry
    case .failed, .error, .invalid, .deregistered, .disabled: .failure
    }
  }

  /// SnapshotCompleted: `completed` succeeds, `error` fails, the rest retry.
  public static func snapshot(_ state: Snapshot.State) -> Verdict {
    switch state {
    case .completed: .success
    case .error: .failure
    case .pending, .recoverable, .recovering: .retry
    }
  }

  /// ImageExists' `InvalidAMIID.NotFound` retry: a new resource may be invisible for a while
  /// (eventual consistency), so "not found" is retried `limit` times in a row, then it fails.
  public static func notFound(consecutive count: Int, limit: Int) -> Verdict {
    count <= limit ? .retry : .failure
  }

  /// The AWS error codes that mean "no such id" for each kind.
  public static let notFoundCodes: Set<String> = ["InvalidAMIID.NotFound", "InvalidSnapshot.NotFound"]
}
