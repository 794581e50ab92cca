import FerryCloud
import Foundation

/// Applies what a poll cycle saw to one record.
///
/// Pure: the poller's decisions, tested as a table.
enum CopyUpdate {
  /// The record after this cycle, and the event to report (`nil` when nothing changed that matters).
  static func apply(
    to record: CopyRecord, survey: RegionSurvey, now: Date, settings: PollSettings
  ) -> (CopyRecord, CopyEvent?) {
    guard let id = record.resourceId, record.phase.isInFlight else { return (record, nil) }
    var record = record
    record.updatedAt = now

    if survey.missing.contains(id) {
      record.notFoundCount += 1
      switch Acceptor.notFound(consecutive: record.notFoundCount, limit: settings.notFoundRetries) {
      case .failure:
        let failedPhase: CopyPhase = record.resource == .image ? .failed : .error
        return finish(record, phase: failedPhase, reason: "\(id) no longer exists in \(record.region)", now: now)
      case .retry, .success:
        return (record, .progress(record, ProgressEstimate(record: record, now: now)))
      }
    }
    record.notFoundCount = 0

    switch record.resource {
    case .image:
      guard let image = survey.images[id] else { return (record, nil) }
      // An available AMI's snapshots are complete: the survey does not ask for them again.
      let done = image.state == .available
      record.snapshots = image.blockDevices.compactMap { device in
        guard let snapshotId = device.snapshotId else { return nil }
        let snapshot = survey.snapshots[snapshotId]
        return SnapshotProgress(
          snapshotId: snapshotId, state: snapshot?.state ?? (done ? .completed : .pending),
          progress: snapshot?.progress ?? (done ? 100 : nil), volumeSize: snapshot?.volumeSize ?? device.volumeSize)
      }
      switch Acceptor.image(image.state) {
      case .success:
        record.progress = 100
        return finish(record, phase: .available, reason: nil, now: now)
      case .failure:
        let reason = image.stateReason ?? "the new image is \(image.state.rawValue)"
        return finish(record, phase: .failed, reason: reason, now: now)
      case .retry:
        record.phase = .pending
        record.progress = weightedProgress(record.snapshots) ?? record.progress
      }
    case .snapshot:
      guard let snapshot = survey.snapshots[id] else { return (record, nil) }
      switch Acceptor.snapshot(snapshot.state) {
      case .success:
        record.progress = 100
        return finish(record, phase: .completed, reason: nil, now: now)
      case .failure:
        let reason = snapshot.stateMessage ?? "the new snapshot is in state error"
        return finish(record, phase: .error, reason: reason, now: now)
      case .retry:
        record.phase = .pending
        record.progress = snapshot.progress ?? record.progress
      }
    }
    Self.observe(&record, now: now)
    return (record, .progress(record, ProgressEstimate(record: record, now: now)))
  }

  /// Notes when this progress was seen, and the first time the copy was seen moving.
  static func observe(_ record: inout CopyRecord, now: Date) {
    guard let percent = record.progress else { return }
    record.progressAt = now
    if percent > 0, record.firstProgress == nil { record.firstProgress = ProgressMark(percent: percent, at: now) }
  }

  /// An AMI's percent: its snapshots' percents weighted by volume size (equal weights when unknown).
  static func weightedProgress(_ snapshots: [SnapshotProgress]) -> Int? {
    let known = snapshots.filter { $0.progress != nil || $0.state == .completed }
    guard !snapshots.isEmpty, !known.isEmpty else { return nil }
    var done = 0.0
    var total = 0.0
    for snapshot in snapshots {
      let weight = Double(max(snapshot.volumeSize ?? 1, 1))
      let percent = snapshot.state == .completed ? 100 : (snapshot.progress ?? 0)
      done += weight * Double(percent)
      total += weight
    }
    // A pending AMI is not done even when its snapshots are: registration comes last.
    return min(Int((done / total).rounded(.down)), 99)
  }

  private static func finish(
    _ record: CopyRecord, phase: CopyPhase, reason: String?, now: Date
  ) -> (CopyRecord, CopyEvent?) {
    var record = record
    record.phase = phase
    record.reason = reason
    record.finishedAt = now
    return (record, phase.isSuccess ? .completed(record) : .failed(record))
  }
}
