import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// Requests and set-ups several core test files share.
enum CoreFixtures {
  static let start = Date(timeIntervalSince1970: 1_790_000_000)

  static func imageCopy(to region: String, token: String? = nil, dryRun: Bool? = nil) -> CopyRequest {
    CopyRequest(
      resource: .image, source: SourceSpec(id: "ami-0123456789abcdef0", region: "us-east-1"),
      destination: DestinationSpec(region: region), name: "app-server-2026-11-26", clientToken: token,
      dryRun: dryRun)
  }

  static func snapshotCopy(to region: String, source: String = "snap-0123456789abcdef0") -> CopyRequest {
    CopyRequest(
      resource: .snapshot, source: SourceSpec(id: source, region: "us-east-1"),
      destination: DestinationSpec(region: region), encrypted: true)
  }

  /// A catalog that knows the Regions the tests copy between.
  static let catalog = Catalog(
    regions: ["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"].map {
      RegionEntry(name: $0, optIn: .notRequired)
    })

  /// Local ids `cp-000000000001`, `cp-000000000002`, … in order.
  static func sequentialIds() -> @Sendable () -> String {
    let counter = Counter()
    return { String(format: "cp-%012d", counter.next()) }
  }

  /// Tokens `token-1`, `token-2`, … in order.
  static func sequentialTokens() -> @Sendable () -> String {
    let counter = Counter()
    return { "token-\(counter.next())" }
  }

  final class Counter: @unchecked Sendable {
    // @unchecked: `value` is guarded by `lock`.
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
      lock.withLock {
        value += 1; return value
      }
    }
  }

  /// A copier, a poller and their account on one immediate clock and an in-memory journal.
  struct Rig {
    let time = ImmediateTimeSource(start: CoreFixtures.start)
    let account: ScriptedAccount
    let journal = InMemoryJournal()
    let copier: Copier
    let poller: Poller

    init(copyDuration: Duration = .seconds(600), settings: PollSettings = PollSettings()) {
      account = ScriptedAccount(time: time, copyDuration: copyDuration)
      copier = Copier(
        account: account, journal: journal, time: time, makeToken: CoreFixtures.sequentialTokens(),
        makeLocalId: CoreFixtures.sequentialIds())
      poller = Poller(account: account, journal: journal, time: time, settings: settings)
    }

    /// Admits one single-copy request (journalled as `planned`, not sent) and returns its record.
    func admit(_ request: CopyRequest, catalog: Catalog) async throws -> CopyRecord {
      try await Admission(copier: copier).admit(request, catalog: catalog)[0]
    }

    /// Admits every request as one submission (all journalled, or none) and returns the records.
    func admit(_ requests: [CopyRequest], catalog: Catalog) async throws -> [CopyRecord] {
      try await Admission(copier: copier).admit(
        Submission(documents: requests.map { Submission.Document($0) }, catalog: catalog))
    }
  }
}
