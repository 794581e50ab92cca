import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Terminal

/// Where the results of commands land: each typed result message updates the sub-state it belongs to.
enum Results {
  static func apply(_ message: Message, _ state: inout AppState) -> [Command] {
    switch message {
    case .identity(.success(let identity)):
      state.identity = identity
    case .identity(.failure(let failure)):
      state.identityError = failure.description
    case .sourcesPage(let generation, let scope, let result):
      guard generation == state.source.generation else { return [] }  // a page of an abandoned listing
      switch result {
      case .success(let page):
        return state.source.receive(page, scope: scope, region: state.region)
      case .failure(let failure):
        state.source.fail(failure.description)
      }
    case .places(.success(let places)):
      state.places = places.catalog
      state.source.name(outposts: places.catalog.outposts)
      state.placesLoadedFor =
        (places.catalog.zones.map(\.region) + places.catalog.outposts.map(\.region)
        + [state.source.chosen?.region, state.region].compactMap { $0 }).uniqued()
      state.destination.loading = false
      state.destination.error = nil
      if let note = places.unavailable.first { state.notice = .warning(note) }
      if let problem = RegionSwitch.refusal(state.region, catalog: places.catalog) { state.notice = .error(problem) }
      state.rebuildDestinations()
      state.replan()
      CommandCompletion.completeOpenLine(&state)
    case .places(.failure(let failure)):
      state.destination.loading = false
      state.destination.error = failure.description
    case .profiles(let names):
      state.profiles = names
      CommandCompletion.completeOpenLine(&state)
    case .kmsKeys(let region, .success(let keys)):
      state.kmsKeys[region] = .loaded(keys)
    case .kmsKeys(let region, .failure(let failure)):
      state.kmsKeys[region] = .failed(failure.description)
    case .preflight(let call, let findings):
      guard call == state.review.preflightFor else { return [] }
      state.review.preflight = findings
      state.review.preflightRunning = false
    case .preflightFanOut(let calls, let byCopy):
      guard calls == state.review.fanOutPreflightFor else { return [] }
      let places = state.options.targets.map(\.place.name)
      state.review.preflight = zip(places, byCopy).flatMap { place, findings in
        findings.map { finding in
          var named = finding
          named.message = "\(place): \(finding.message)"
          return named
        }
      }
      state.review.preflightRunning = false
    case .submittedFanOut(.success(let records)):
      state.review.submitting = false
      let ids = Set(records.map(\.id))
      state.status.copies.removeAll { ids.contains($0.id) }
      state.status.copies.insert(contentsOf: records, at: 0)
      state.status.cursor.select(0, count: state.status.copies.count)
      if records.allSatisfy({ $0.phase == .dryRunSucceeded }) {
        state.notice = .info("Dry run passed for all \(records.count) copies; nothing was copied.")
        return []
      }
      let refused = records.filter { $0.phase == .rejected }
      let sent = records.count - refused.count
      let submission = records.first?.submission ?? records.first?.id ?? "?"
      if refused.isEmpty {
        state.notice = .info(
          "Sent \(sent) copies (submission \(submission)). They are followed here and by `ferry watch`.")
      } else {
        let first = refused[0]
        state.notice = .error(
          "Sent \(sent) of \(records.count) copies (submission \(submission)); EC2 refused \(refused.count), "
            + "first \(first.id) to \(first.destination): \(first.reason ?? "no reason given")")
      }
      state.finishForm()
      state.screen = .status
    case .submittedFanOut(.failure(let failure)):
      state.review.submitting = false
      state.notice = .error("Not submitted: \(failure.description)")
    case .submitted(.success(let record)):
      state.review.submitting = false
      state.status.copies.removeAll { $0.id == record.id }
      state.status.copies.insert(record, at: 0)
      state.status.cursor.select(0, count: state.status.copies.count)
      switch record.phase {
      case .rejected:
        // Nothing was made: the form stays as it was, to be fixed and sent again.
        state.notice = .error("Refused by EC2 (\(record.id)): \(record.reason ?? "no reason given")")
      case .dryRunSucceeded:
        state.notice = .info(
          "Dry run passed: EC2 would accept \(record.operation.rawValue) to \(record.destination); nothing was copied.")
      default:
        state.notice = .info(
          "Sent \(record.id): \(record.operation.rawValue) \(record.resourceId ?? "") → \(record.destination). It is followed here and by `ferry watch`."
        )
        state.finishForm()
        state.screen = .status
      }
    case .submitted(.failure(let failure)):
      state.review.submitting = false
      state.notice = .error("Not submitted: \(failure.description)")
    case .copies(.success(let report)):
      let copies = report.records
      state.status.throttled = report.throttled
      state.status.throttledStreak = report.throttled == nil ? 0 : state.status.throttledStreak + 1
      state.status.show(copies)
      state.status.polling = false
      state.status.lastPoll = state.now
      state.status.pollCount += 1
      state.status.error = nil
    case .journal(let marker, let read):
      state.status.readingJournal = false
      state.status.journalMarker = marker
      if case .success(let records?) = read { state.status.show(records) }
    case .copies(.failure(let failure)):
      state.status.polling = false
      state.status.lastPoll = state.now
      state.status.pollCount += 1
      state.status.error = failure.description
    case .cancelled(_, .success(let outcome)):
      state.notice = outcome.stoppedTheCopy ? .info(outcome.summary) : .warning(outcome.summary)
      if let index = state.status.copies.firstIndex(where: { $0.id == outcome.record.id }) {
        state.status.copies[index] = outcome.record
      }
      return StatusUpdate.refresh(&state)
    case .cancelled(let id, .failure(let failure)):
      state.notice = .error("Could not cancel \(id): \(failure.description)")
    case .saved(.success(.written(let path))) where path.hasSuffix(".sh"):
      state.notice = .info("Saved the aws command as an executable script: \(path).")
    case .saved(.success(.written(let path))):
      state.options.dirty = false
      state.notice = .info("Saved the request to \(path).")
    case .saved(.success(.exists(let path))):
      state.review.confirmOverwrite = path
    case .saved(.failure(let failure)):
      state.notice = .error("Not saved: \(failure.description)")
    case .theme(.success(let theme)) where !state.colorAllowed:
      // A theme file may carry colours; without colour its roles could look alike, so stay monochrome.
      state.theme = Theme.monochrome.with(glyphs: state.theme.glyphs)
      state.notice = theme.name == Theme.monochrome.name ? .info("Theme monochrome.") : .warning(monochromeNote)
    case .theme(.success(let theme)):
      state.theme = theme.with(glyphs: state.theme.glyphs)
      state.notice = .info("Theme \(theme.name).")
    case .theme(.failure(let failure)):
      state.notice = .error(failure.description)
    case .draftRestored(let path, .success(let draft)):
      return DraftUpdate.restored(draft, path: path, &state)
    case .draftRestored(_, .failure(let failure)):
      state.notice = .error("Could not restore the kept request: \(failure.description)")
    case .draftDeleted(.success):
      break  // the notice already said so (discard), or says what was restored
    case .draftDeleted(.failure(let failure)):
      state.notice = .error("Could not delete the kept request: \(failure.description)")
    case .key, .resize, .tick, .display, .terminalNotes, .draftFound, .signal, .connected, .profileSwitchUnavailable,
      .profileSwitchCancelled:
      break
    }
    return []
  }
}
