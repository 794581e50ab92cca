import FerryCloud
import FerryRules

/// Turns one Region's pending AMIs and pending snapshots into the copies in flight, and marks the
/// ones this journal knows.
///
/// Pure.
public enum DiscoveryListing {
  /// The copies among a Region's pending AMIs and snapshots: AMI copies first, each with the progress
  /// of its snapshots (a snapshot of the AMI missing from the pending list has finished), then the
  /// snapshot copies that belong to no AMI copy.
  public static func copies(images: [Image], snapshots: [Snapshot]) -> [DiscoveredCopy] {
    let pending = Dictionary(snapshots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var folded: Set<String> = []
    var found: [DiscoveredCopy] = []
    for image in images {
      guard var copy = CopyEvidence.copy(of: image) else { continue }
      let progress = image.blockDevices.compactMap { device -> SnapshotProgress? in
        guard let id = device.snapshotId else { return nil }
        let snapshot = pending[id]
        return SnapshotProgress(
          snapshotId: id, state: snapshot?.state ?? .completed, progress: snapshot?.progress,
          volumeSize: snapshot?.volumeSize ?? device.volumeSize)
      }
      copy.progress = CopyUpdate.weightedProgress(progress)
      folded.formUnion(copy.snapshotIds)
      found.append(copy)
    }
    for snapshot in snapshots where !folded.contains(snapshot.id) {
      if let copy = CopyEvidence.copy(of: snapshot) { found.append(copy) }
    }
    return found
  }

  /// The same copies, each with the journal id of the record that knows it: the record with its
  /// resource id, else one of this account still waiting for EC2 to name its copy whose client token is
  /// the copy's tag.
  ///
  /// A tag on a copy the journal knows by another id (CopyImageTags copies a source's
  /// tags) does not count.
  public static func marked(
    _ copies: [DiscoveredCopy], records: [CopyRecord], accountKey: String?
  ) -> [DiscoveredCopy] {
    let mine = records.filter { $0.belongs(to: accountKey) }
    var byResource: [String: String] = [:]
    var byToken: [String: String] = [:]
    for record in mine {
      if let resourceId = record.resourceId {
        byResource[resourceId] = record.id
      } else {
        byToken[record.clientToken] = record.id
      }
    }
    return copies.map { copy in
      var copy = copy
      copy.journalId = byResource[copy.resourceId] ?? copy.clientToken.flatMap { byToken[$0] }
      return copy
    }
  }
}
