import FerryCloud
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
        state.source.loading = .failed(failure.description)
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
    case .submitted(.success(let record)):
      state.review.submitting = false
      state.options.dirty = false
      state.status.copies.removeAll { $0.id == record.id }
      state.status.copies.insert(record, at: 0)
      state.status.cursor.select(0, count: state.status.copies.count)
      state.screen = .status
      state.notice = .info("Submitted: \(record.resourceId ?? record.id) → \(record.destination).")
    case .submitted(.failure(let failure)):
      state.review.submitting = false
      state.notice = .error("Not submitted: \(failure.description)")
    case .copies(.success(let report)):
      let copies = report.records
      state.status.throttled = report.throttled
      state.status.throttledStreak = report.throttled == nil ? 0 : state.status.throttledStreak + 1
      let selectedId = state.status.selected?.id
      state.status.copies = copies
      state.status.polling = false
      state.status.lastPoll = state.now
      state.status.pollCount += 1
      state.status.error = nil
      if let selectedId, let index = copies.firstIndex(where: { $0.id == selectedId }) {
        state.status.cursor.select(index, count: copies.count)
      } else {
        state.status.cursor.clamp(count: copies.count)
      }
    case .copies(.failure(let failure)):
      state.status.polling = false
      state.status.lastPoll = state.now
      state.status.pollCount += 1
      state.status.error = failure.description
    case .cancelled(let id, .success(let what)):
      state.notice = .info(what)
      _ = id
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
    case .key, .resize, .tick:
      break
    }
    return []
  }
}
