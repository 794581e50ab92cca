import FerryRules

/// The review screen: the exact call, the findings (rules and preflight), the `aws` command, saving.
public struct ReviewState: Sendable, Equatable {
  /// Preflight findings, for the call they were computed for (stale once the call changes).
  public var preflight: [Finding] = []
  public var preflightFor: APICall?
  /// A fan-out's calls the preflight findings are for (`preflightFor` then holds the first).
  public var fanOutPreflightFor: [APICall] = []
  public var preflightRunning = false
  /// The path prompt of "save request", when open.
  public var savePath: TextInput?
  /// A path that exists and awaits `y` to be overwritten.
  public var confirmOverwrite: String?
  public var submitting = false
  /// A copy in flight this request would repeat, awaiting `y` before a second one is sent.
  public var confirmDuplicate: String?
  public var scroll = 0

  public init() {}
}
