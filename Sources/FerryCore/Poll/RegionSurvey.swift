import FerryCloud

/// What one Region said in one poll cycle: at most one DescribeImages and one DescribeSnapshots.
///
/// The images are asked for by `ImageId.N` (all pending AMI copies of the Region), the snapshots by
/// `SnapshotId.N` (pending snapshot copies plus the snapshots of the pending AMIs, for per-snapshot
/// progress). Once every pending AMI's snapshots are known from an earlier cycle, both calls are in
/// flight together, so a cycle costs one round trip; until then (an AMI's first cycle) the snapshots
/// wait for the images' answer to name them. An available AMI's snapshots are complete: not asked.
/// EC2 fails a whole batch with `InvalidAMIID.NotFound` / `InvalidSnapshot.NotFound` when one id is
/// unknown (a copy still invisible through eventual consistency); only then is the batch halved until
/// the unknown ids are found. More than `idsPerCall` copies of one kind in a Region are asked in batches.
struct RegionSurvey: Sendable {
  var images: [String: Image] = [:]
  var snapshots: [String: Snapshot] = [:]
  /// Ids asked for and not returned.
  var missing: Set<String> = []
  /// The error that stopped this Region's survey, if any.
  var error: AWSError?

  /// - Parameter knownImageSnapshots: the snapshot ids of each pending AMI as an earlier cycle saw them.
  static func take(
    in region: String, imageIds: [String], snapshotIds: [String], knownImageSnapshots: [String: [String]] = [:],
    account: any AWSAccount
  ) async -> RegionSurvey {
    var survey = RegionSurvey()
    let snapshotsOf: @Sendable ([String]) async throws -> [Snapshot] = { wanted in
      try await describe(wanted) { ids in
        try await pages { token in
          try await account.snapshots(in: region, query: SnapshotQuery(snapshotIds: ids), nextToken: token)
        }
      }
    }
    do {
      let allKnown = imageIds.allSatisfy { !(knownImageSnapshots[$0] ?? []).isEmpty }
      let early = allKnown ? unique(snapshotIds + imageIds.flatMap { knownImageSnapshots[$0] ?? [] }.sorted()) : []
      async let earlySnapshots = early.isEmpty ? [] : snapshotsOf(early)
      if !imageIds.isEmpty {
        let found = try await describe(imageIds) { ids in
          try await pages { token in
            try await account.images(in: region, query: ImageQuery(imageIds: ids), nextToken: token)
          }
        }
        for image in found { survey.images[image.id] = image }
        survey.missing.formUnion(imageIds.filter { survey.images[$0] == nil })
      }
      for snapshot in try await earlySnapshots { survey.snapshots[snapshot.id] = snapshot }
      let unfinishedImages = survey.images.values.filter { $0.state != .available }
      let amiSnapshots = unfinishedImages.flatMap { $0.blockDevices.compactMap(\.snapshotId) }
      // Asked for after the images only when not asked already: an AMI's first cycle, or a snapshot
      // the AMI did not list before.
      let wanted = unique((allKnown ? [] : snapshotIds) + amiSnapshots.sorted()).filter { !early.contains($0) }
      if !wanted.isEmpty {
        for snapshot in try await snapshotsOf(wanted) { survey.snapshots[snapshot.id] = snapshot }
      }
      survey.missing.formUnion(snapshotIds.filter { survey.snapshots[$0] == nil })
    } catch let error as AWSError {
      survey.error = error
    } catch {
      survey.error = AWSError(kind: .network, code: "Unknown", message: "\(error)")
    }
    return survey
  }

  /// The most ids one Describe call names.
  ///
  /// EC2 documents no cap on `ImageId.N` / `SnapshotId.N` and
  /// allows no `MaxResults` beside them, so an id list is one page; 1,000 is the page size EC2 allows
  /// elsewhere (MaxResults 5–1,000) and the cap ferry assumes (not verified against EC2). A Region with
  /// more copies in flight is asked in batches of this size, in flight together.
  static let idsPerCall = 1_000

  /// Batched calls of at most `idsPerCall` ids, together; a batch EC2 fails as a whole with "not found"
  /// is halved until the unknown ids are found (about 2·log₂(n) calls per unknown id, not one per id).
  private static func describe<Item: Sendable>(
    _ ids: [String], _ call: @escaping @Sendable ([String]) async throws -> [Item]
  ) async throws -> [Item] {
    let batches = stride(from: 0, to: ids.count, by: idsPerCall).map {
      Array(ids[$0..<min(ids.count, $0 + idsPerCall)])
    }
    if batches.count == 1 { return try await describeFinding(batches[0], call) }
    return try await withThrowingTaskGroup(of: [Item].self) { group in
      for batch in batches { group.addTask { try await describeFinding(batch, call) } }
      var found: [Item] = []
      for try await items in group { found += items }
      return found
    }
  }

  private static func describeFinding<Item: Sendable>(
    _ ids: [String], _ call: ([String]) async throws -> [Item]
  ) async throws -> [Item] {
    do {
      return try await call(ids)
    } catch let error as AWSError where Acceptor.notFoundCodes.contains(error.code) {
      guard ids.count > 1 else { return [] }
      let half = ids.count / 2
      return try await describeFinding(Array(ids[..<half]), call) + describeFinding(Array(ids[half...]), call)
    }
  }

  private static func pages<Item: Sendable>(_ page: (String?) async throws -> Page<Item>) async throws -> [Item] {
    try await Inventory.pages(page)
  }

  private static func unique(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
