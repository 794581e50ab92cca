import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// A scripted EC2 account for core tests: copies that progress with a test clock, and faults on cue.
///
/// Documented test double, in the spirit of swift-nio's `EmbeddedChannel`:
/// - a copy (`copy(_:)`) creates a new `ami-…` (with one snapshot per `snapshotsPerImage`) or
///   `snap-…` in the call's Region, `pending`, whose progress runs linearly from 0 to 100 % over
///   `copyDuration` of the injected `TimeSource`, then ends `available`/`completed` — or
///   `failed`/`error` when its source id is in `failingSources`;
/// - CopyImage honours `ClientToken` as EC2 does: the same token answers the same AMI;
/// - a new resource stays invisible to Describe calls for `invisibleFor` (eventual consistency);
///   asked for by id meanwhile, the whole batch fails with `InvalidAMIID.NotFound` /
///   `InvalidSnapshot.NotFound`, as EC2 does;
/// - `copyFaults` and `describeFaults` are queues of errors thrown by the next calls; a copy fault
///   marked `afterCreating` creates the copy first and then throws — an unknown outcome;
/// - `log` records every call as `"Operation region ids…"`, so tests count Describe calls.
actor ScriptedAccount: AWSAccount {
  struct CopyFault {
    var error: AWSError
    var afterCreating: Bool
  }

  private let time: any TimeSource
  var copyDuration: Duration
  var invisibleFor: Duration = .zero
  var snapshotsPerImage = 2
  var failingSources: Set<String> = []
  var copyFaults: [CopyFault] = []
  var describeFaults: [AWSError] = []
  private(set) var log: [String] = []
  /// Runs at the start of every copy call, before anything is created (to read the journal, say).
  var beforeCopy: (@Sendable (APICall) async -> Void)?
  /// Runs at the start of every Describe call, given its log line (to hold calls at a gate, say).
  var beforeDescribe: (@Sendable (String) async -> Void)?
  /// The most copies of one Region and kind that were unfinished when a new one was made.
  private(set) var maxUnfinishedAtCopy = 0

  private var images: [String: (image: Image, created: Date, source: String)] = [:]
  private var snapshots: [String: (snapshot: Snapshot, created: Date, source: String)] = [:]
  private var tokens: [String: String] = [:]
  private var counter = 0

  init(time: any TimeSource, copyDuration: Duration = .seconds(600)) {
    self.time = time
    self.copyDuration = copyDuration
  }

  // MARK: - Scripting

  func setInvisibleFor(_ duration: Duration) { invisibleFor = duration }
  func fail(source: String) { failingSources.insert(source) }
  func queueCopyFault(_ error: AWSError, afterCreating: Bool) {
    copyFaults.append(CopyFault(error: error, afterCreating: afterCreating))
  }
  func queueDescribeFault(_ error: AWSError) { describeFaults.append(error) }
  func setBeforeCopy(_ hook: @escaping @Sendable (APICall) async -> Void) { beforeCopy = hook }
  func setBeforeDescribe(_ hook: @escaping @Sendable (String) async -> Void) { beforeDescribe = hook }

  /// How many copies really exist.
  var copiesMade: Int { images.count + snapshots.filter { $0.value.source.hasPrefix("snap-") }.count }
  /// The log lines that start with `operation`.
  func calls(_ operation: String) -> [String] { log.filter { $0.hasPrefix(operation + " ") } }
  /// A snapshot's tags, for idempotency checks.
  func tags(of snapshotId: String) -> [Tag] { snapshots[snapshotId]?.snapshot.tags ?? [] }

  // MARK: - AWSAccount: copies

  func copy(_ call: APICall) async throws -> CopyOutcome {
    log.append("\(call.operation.rawValue) \(call.region)")
    if let beforeCopy { await beforeCopy(call) }
    maxUnfinishedAtCopy = max(maxUnfinishedAtCopy, unfinished(call))
    var fault: CopyFault?
    if !copyFaults.isEmpty { fault = copyFaults.removeFirst() }
    if let fault, !fault.afterCreating { throw fault.error }
    let id = create(call)
    if let fault { throw fault.error }
    return CopyOutcome(resourceId: id, requestId: "req-\(counter)")
  }

  private func create(_ call: APICall) -> String {
    let now = time.now()
    let token = string(call.parameters["ClientToken"])
    if call.operation == .copyImage, let token, let existing = tokens[token] { return existing }
    counter += 1
    switch call.operation {
    case .copyImage:
      let id = String(format: "ami-%017x", counter)
      let source = string(call.parameters["SourceImageId"]) ?? "?"
      var devices: [BlockDevice] = []
      for index in 0..<snapshotsPerImage {
        counter += 1
        let snapshotId = String(format: "snap-%017x", counter)
        devices.append(BlockDevice(deviceName: "/dev/sd\(index)", snapshotId: snapshotId, volumeSize: 8 * (index + 1)))
        snapshots[snapshotId] = (
          Snapshot(
            id: snapshotId, state: .pending, progress: 0, ownerId: "111122223333", volumeSize: 8 * (index + 1),
            encrypted: false, region: call.region), now, "of \(id)"
        )
      }
      images[id] = (
        Image(
          id: id, name: string(call.parameters["Name"]) ?? "copy", state: .pending, ownerId: "111122223333",
          blockDevices: devices, region: call.region), now, source
      )
      if let token { tokens[token] = id }
      return id
    case .copySnapshot:
      let id = String(format: "snap-%017x", counter)
      let source = string(call.parameters["SourceSnapshotId"]) ?? "?"
      snapshots[id] = (
        Snapshot(
          id: id, state: .pending, progress: 0, ownerId: "111122223333", volumeSize: 8, encrypted: true,
          tags: tags(in: call), region: call.region), now, source
      )
      return id
    }
  }

  // MARK: - AWSAccount: describes

  func images(in region: String, query: ImageQuery, nextToken: String?) async throws -> Page<Image> {
    log.append("DescribeImages \(region) \(query.imageIds.joined(separator: ","))")
    if let beforeDescribe, let line = log.last { await beforeDescribe(line) }
    if !describeFaults.isEmpty { throw describeFaults.removeFirst() }
    let now = time.now()
    let visible = images.filter { $0.value.image.region == region && now >= $0.value.created + invisibleFor.seconds }
    if let unknown = query.imageIds.first(where: { visible[$0] == nil }) {
      throw AWSError(
        kind: .service, code: "InvalidAMIID.NotFound", message: "The image id '[\(unknown)]' does not exist")
    }
    let wanted = query.imageIds.isEmpty ? Array(visible.keys).sorted() : query.imageIds
    return Page(
      items: wanted.compactMap { id in visible[id].map { current($0.image, $0.created, $0.source) } }, nextToken: nil)
  }

  func snapshots(in region: String, query: SnapshotQuery, nextToken: String?) async throws -> Page<Snapshot> {
    log.append("DescribeSnapshots \(region) \(query.snapshotIds.joined(separator: ","))")
    if let beforeDescribe, let line = log.last { await beforeDescribe(line) }
    if !describeFaults.isEmpty { throw describeFaults.removeFirst() }
    let now = time.now()
    let visible = snapshots.filter {
      $0.value.snapshot.region == region && now >= $0.value.created + invisibleFor.seconds
    }
    if let unknown = query.snapshotIds.first(where: { visible[$0] == nil }) {
      throw AWSError(
        kind: .service, code: "InvalidSnapshot.NotFound", message: "The snapshot '\(unknown)' does not exist.")
    }
    var found = query.snapshotIds.isEmpty ? Array(visible.keys).sorted() : query.snapshotIds
    for filter in query.filters where filter.name.hasPrefix("tag:") {
      let key = String(filter.name.dropFirst(4))
      found = found.filter { id in
        visible[id]?.snapshot.tags.contains { $0.key == key && filter.values.contains($0.value) } ?? false
      }
    }
    return Page(
      items: found.compactMap { id in visible[id].map { current($0.snapshot, $0.created, $0.source) } }, nextToken: nil)
  }

  // MARK: - Progress over time

  /// Counted lazily: a copy of every image per call would make thousands of copies cost seconds.
  private func unfinished(_ call: APICall) -> Int {
    switch call.operation {
    case .copyImage:
      images.values.lazy.filter { $0.image.region == call.region && self.fraction(since: $0.created) < 1 }.count
    case .copySnapshot:
      snapshots.values.lazy.filter {
        $0.snapshot.region == call.region && $0.source.hasPrefix("snap-") && self.fraction(since: $0.created) < 1
      }.count
    }
  }

  private func fraction(since created: Date) -> Double {
    min(1, time.now().timeIntervalSince(created) / max(copyDuration.seconds, 0.001))
  }

  private func current(_ image: Image, _ created: Date, _ source: String) -> Image {
    var image = image
    if fraction(since: created) >= 1 {
      image.state = failingSources.contains(source) ? .failed : .available
      if image.state == .failed { image.stateReason = "Copy failed: InternalError" }
    }
    return image
  }

  private func current(_ snapshot: Snapshot, _ created: Date, _ source: String) -> Snapshot {
    var snapshot = snapshot
    let done = fraction(since: created)
    snapshot.progress = Int(done * 100)
    if done >= 1 {
      snapshot.state = failingSources.contains(source) ? .error : .completed
      if snapshot.state == .error { snapshot.stateMessage = "Given key ID is not accessible" }
    }
    return snapshot
  }

  // MARK: - AWSAccount: the rest

  func identity() async throws -> AccountIdentity {
    AccountIdentity(accountId: "111122223333", partition: "aws", region: "us-east-1")
  }
  func regions(from region: String) async throws -> [RegionEntry] { [] }
  func zones(in region: String) async throws -> [Zone] { [] }
  func outposts(in region: String) async throws -> [Outpost] { [] }
  func deregisterImage(_ imageId: String, in region: String) async throws { images[imageId] = nil }
  func deleteSnapshot(_ snapshotId: String, in region: String) async throws { snapshots[snapshotId] = nil }
  func kmsKeys(in region: String) async throws -> [KMSKey] { [] }
  func describeKey(_ keyId: String, in region: String) async throws -> KMSKey {
    throw AWSError(kind: .service, code: "NotFoundException", message: "no key \(keyId)")
  }

  // MARK: - Helpers

  private func string(_ value: APIValue?) -> String? {
    if case .string(let text) = value { return text }
    return nil
  }

  private func tags(in call: APICall) -> [Tag] {
    guard case .list(let specifications) = call.parameters["TagSpecifications"] else { return [] }
    return specifications.flatMap { specification -> [Tag] in
      guard case .structure(let fields) = specification, case .list(let tags) = fields["Tags"] else { return [] }
      return tags.compactMap { tag in
        guard case .structure(let pair) = tag, let key = string(pair["Key"]), let value = string(pair["Value"]) else {
          return nil
        }
        return Tag(key: key, value: value)
      }
    }
  }
}
