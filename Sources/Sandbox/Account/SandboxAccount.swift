import FerryCloud
import FerryRules
import Foundation

/// ferry's built-in simulated AWS account, behind the same `AWSAccount` interface as the real one.
///
/// A seeded world (Regions in two partitions, Local Zones in zone groups, Outposts, KMS keys, a few
/// dozen AMIs and snapshots) in which copies behave as EC2's do: CopyImage and CopySnapshot are
/// checked by the one rules module and refused with EC2's error codes, honour ClientToken, DryRun
/// and the concurrent-copy limits, and progress over tens of seconds — or fail the way real ones do.
///
/// Time comes from the injected `now`, and progress is worked out from stored start times whenever
/// something is described: there are no timers, and a copy started by one ferry process continues in
/// the next. Best-effort copies take 20–90 s by size; time-based ones a sixtieth of their requested
/// duration (`CopyTiming`). State lives in the injected directory (or in memory when it is nil). Calls block
/// briefly on the state file's lock and I/O; nothing here talks to the network.
public actor SandboxAccount: AWSAccount {
  private let world: SandboxWorld
  private let storage: any StateStorage
  private let now: @Sendable () -> Date
  private let limits: SandboxLimits

  /// - Parameters:
  ///   - directory: where the state is kept (`defaultDirectory(environment:)` for the CLI); nil keeps
  ///     it in memory, for tests and throwaway demos.
  ///   - now: the clock; tests pass one they advance.
  ///   - limits: the concurrent-copy quotas per destination Region.
  public init(
    directory: URL?, now: @escaping @Sendable () -> Date = { Date() }, limits: SandboxLimits = SandboxLimits()
  ) {
    self.world = SandboxSeed.world()
    self.now = now
    self.limits = limits
    self.storage = directory.map { FileStorage(directory: $0, now: now) } ?? MemoryStorage()
  }

  /// `$FERRY_SANDBOX_DIR` when set (a relative path is taken from the working directory), else `sandbox`
  /// in ferry's state directory (`FerryDirectories`: `$XDG_STATE_HOME/ferry/sandbox`, or
  /// `~/.local/state/ferry/sandbox`).
  ///
  /// Two hosts — two state directories, two journals — that name one
  /// `FERRY_SANDBOX_DIR` share one simulated account, as two machines share one AWS account; the state
  /// file's lock makes that safe.
  public static func defaultDirectory(environment: [String: String]) throws(FerryDirectoryError) -> URL {
    if let shared = environment[directoryVariable], !shared.isEmpty {
      return URL(fileURLWithPath: shared, isDirectory: true).standardizedFileURL
    }
    return URL(fileURLWithPath: try FerryDirectories.state(environment: environment)).appendingPathComponent("sandbox")
  }

  /// The environment variable that places the sandbox's state.
  public static let directoryVariable = "FERRY_SANDBOX_DIR"

  /// What happened to the stored state that the operator should know (a corrupt file set aside).
  ///
  /// Filled once the state has been read, i.e. after the first call; the CLI prints these on stderr.
  public func notes() -> [String] { storage.notes }

  // MARK: - AWSAccount: identity and places

  public func identity() async throws -> AccountIdentity {
    AccountIdentity(
      accountId: world.accountId, partition: "aws", profile: world.accountAlias, region: SandboxSeed.homeRegion,
      endpoint: nil, isSandbox: true)
  }

  public func regions(from region: String) async throws -> [RegionEntry] {
    let endpoint = try world.endpoint(region)
    return world.regions.filter { $0.partition == endpoint.partition }.map(\.entry)
  }

  public func zones(in region: String) async throws -> [Zone] {
    _ = try world.endpoint(region)
    return world.zones.filter { $0.region == region }
  }

  public func outposts(in region: String) async throws -> [Outpost] {
    _ = try world.endpoint(region)
    return world.outposts.filter { $0.region == region }
  }

  // MARK: - AWSAccount: listings

  public func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    _ = try world.endpoint(region)
    let state = try storage.read(seed: seed)
    return try ImageListing(accountId: world.accountId, now: now())
      .page(query, region: region, nextToken: nextToken, state: state)
  }

  public func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    _ = try world.endpoint(region)
    let state = try storage.read(seed: seed)
    return try SnapshotListing(accountId: world.accountId, now: now())
      .page(query, region: region, nextToken: nextToken, state: state)
  }

  // MARK: - AWSAccount: copies

  public func copy(_ call: APICall) async throws -> CopyOutcome {
    let service = CopyService(world: world, limits: limits, now: now())
    let id = try mutate { (state: inout SandboxState) throws(AWSError) -> String in
      try service.copy(call, state: &state)
    }
    return CopyOutcome(resourceId: id, requestId: nil)
  }

  public func deregisterImage(_ imageId: String, in region: String) async throws {
    _ = try world.endpoint(region)
    let removal = Removal(accountId: world.accountId, now: now())
    try mutate { (state: inout SandboxState) throws(AWSError) in
      try removal.deregister(imageId, in: region, state: &state)
    }
  }

  public func deleteSnapshot(_ snapshotId: String, in region: String) async throws {
    _ = try world.endpoint(region)
    let removal = Removal(accountId: world.accountId, now: now())
    try mutate { (state: inout SandboxState) throws(AWSError) in
      try removal.delete(snapshotId, in: region, state: &state)
    }
  }

  // MARK: - AWSAccount: KMS

  public func kmsKeys(in region: String) async throws -> [KMSKey] {
    _ = try world.endpoint(region)
    return world.keys.filter { $0.region == region && $0.accountId == world.accountId }.map(\.key)
  }

  public func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    let endpoint = try world.endpoint(region)
    return try KeyLookup(world: world, region: endpoint).describe(keyId)
  }

  // MARK: - State

  /// One read-modify-write of the stored state, tidying what EC2 has forgotten on the way.
  private func mutate<Result>(_ change: (inout SandboxState) throws(AWSError) -> Result) throws(AWSError) -> Result {
    let moment = now()
    return try storage.update(seed: seed) { (state: inout SandboxState) throws(AWSError) -> Result in
      state.forgetDeregistered(at: moment, after: ImageListing.deregisteredVisibleSeconds)
      return try change(&state)
    }
  }

  private nonisolated var seed: () -> SandboxState {
    { [world] in SandboxSeed.state(world: world) }
  }
}
