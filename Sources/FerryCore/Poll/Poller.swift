import FerryCloud
import Foundation

/// Follows copies in flight until they end, with one batched Describe per Region and kind per cycle.
///
/// A cycle reads the journal, groups the copies in flight by the Region that serves them, asks each
/// Region at most once for its images and once for its snapshots (Regions in parallel), applies the
/// acceptors (`Acceptor`), writes every change back in one journal update, and reports events.
/// Pacing is `PollInterval`, waiting is the injected `TimeSource`: the poller itself never sleeps
/// on a real clock and never reads `Date()`.
public struct Poller: Sendable {
  public let account: any AWSAccount
  public let journal: any Journal
  public let time: any TimeSource
  public let settings: PollSettings
  /// Follow only records of this account (`AccountIdentity.journalKey`); `nil` follows every record.
  public let accountKey: String?

  public init(
    account: any AWSAccount, journal: any Journal, time: any TimeSource = SystemTimeSource(),
    settings: PollSettings = PollSettings(), accountKey: String? = nil
  ) {
    self.account = account
    self.journal = journal
    self.time = time
    self.settings = settings
    self.accountKey = accountKey
  }

  /// The outcome of one cycle.
  public struct Cycle: Sendable, Equatable {
    /// Events for the copies looked at, in journal order.
    public var events: [CopyEvent]
    /// The looked-at records as now stored.
    public var records: [CopyRecord]
    /// The errors of Regions whose Describe calls failed this cycle, by Region.
    public var errors: [String: AWSError]
    /// The followed copies still in flight once this cycle's changes are stored (the journal as the
    /// cycle left it, so a follower needs no read of its own to know whether to go on).
    public var inFlight: [CopyRecord] = []

    /// True when a Region was throttled or unreachable (the next pause backs off).
    public var isThrottled: Bool { errors.values.contains { $0.kind == .throttling || $0.kind == .network } }
    /// The first error that waiting will not cure (credentials, configuration), if any.
    public var unrecoverableError: AWSError? {
      errors.sorted { $0.key < $1.key }.map(\.value).first {
        $0.kind == .credentials || $0.kind == .configuration
      }
    }
  }

  /// Runs one poll cycle over the copies in flight (all of them, or those whose local id is in `ids`).
  ///
  /// Throws only journal errors; AWS errors are reported per Region in `Cycle.errors`.
  public func pollOnce(only ids: Set<String>? = nil) async throws -> Cycle {
    // One read, and one locked read-and-write unless every Region failed: with thousands of copies in
    // flight each pass over the journal costs milliseconds of decoding.
    let followed: @Sendable (CopyRecord) -> Bool = { [accountKey] record in
      record.phase.isInFlight && record.belongs(to: accountKey) && (ids?.contains(record.id) ?? true)
    }
    let all = try await journal.records()
    let targets = all.filter { followed($0) && $0.resourceId != nil }
    guard !targets.isEmpty else { return Cycle(events: [], records: [], errors: [:], inFlight: all.filter(followed)) }

    let surveys = await survey(Dictionary(grouping: targets, by: \.region))
    let now = time.now()
    var updates: [String: (CopyRecord, CopyEvent?)] = [:]
    for record in targets {
      guard let survey = surveys[record.region], survey.error == nil else { continue }
      updates[record.id] = CopyUpdate.apply(to: record, survey: survey, now: now, settings: settings)
    }
    let changed = updates.mapValues(\.0)
    let errors = surveys.compactMapValues(\.error)
    guard !changed.isEmpty else {
      return Cycle(events: [], records: [], errors: errors, inFlight: all.filter(followed))
    }
    let (stored, inFlight) = try await journal.modify { records in
      var stored: [CopyRecord] = []
      for index in records.indices {
        // Another process may have finished or cancelled the copy meanwhile: keep its word.
        guard let update = changed[records[index].id], records[index].phase.isInFlight else { continue }
        records[index] = update
        stored.append(update)
      }
      return (stored, records.filter(followed))
    }
    let storedIds = Set(stored.map(\.id))
    let events = targets.compactMap { record in storedIds.contains(record.id) ? updates[record.id]?.1 : nil }
    return Cycle(events: events, records: stored, errors: errors, inFlight: inFlight)
  }

  /// Surveys each Region concurrently: one task per Region.
  private func survey(_ byRegion: [String: [CopyRecord]]) async -> [String: RegionSurvey] {
    await withTaskGroup(of: (String, RegionSurvey).self) { group in
      for (region, records) in byRegion {
        let imageIds = records.filter { $0.resource == .image }.compactMap(\.resourceId)
        let snapshotIds = records.filter { $0.resource == .snapshot }.compactMap(\.resourceId)
        var known: [String: [String]] = [:]
        for record in records where record.resource == .image {
          if let id = record.resourceId { known[id] = record.snapshots.map(\.snapshotId) }
        }
        group.addTask { [account, known] in
          let survey = await RegionSurvey.take(
            in: region, imageIds: imageIds, snapshotIds: snapshotIds, knownImageSnapshots: known, account: account)
          return (region, survey)
        }
      }
      var surveys: [String: RegionSurvey] = [:]
      for await (region, survey) in group { surveys[region] = survey }
      return surveys
    }
  }
}
