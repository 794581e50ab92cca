import FerryCore
import FerryRules
import Foundation

/// Restoring or discarding the request a killed session kept (`DraftKeeper`).
///
/// Pure: reading the file, finding the source and listing the places are the `restoreDraft`
/// command's; this puts what came back into the form and asks for the file to be deleted.
enum DraftUpdate {
  /// `R` on the source screen or `:draft`.
  static func restore(_ state: inout AppState) -> [Command] {
    guard let path = state.keptDraft else {
      state.notice = .info("No kept request to restore.")
      return []
    }
    state.notice = .info("Restoring the request kept in \(path)…")
    return [.restoreDraft(path: path, homeRegion: state.region)]
  }

  /// `:draft discard`.
  static func discard(_ state: inout AppState) -> [Command] {
    guard let path = state.keptDraft else {
      state.notice = .info("No kept request to discard.")
      return []
    }
    state.keptDraft = nil
    state.notice = .info("Discarded the kept request \(path).")
    return [.deleteDraft(path: path)]
  }

  /// The draft came back: source, places and form as they were; the file is deleted.
  static func restored(_ draft: RestoredDraft, path: String, _ state: inout AppState) -> [Command] {
    state.keptDraft = nil
    state.places = draft.places.catalog
    state.placesLoadedFor =
      (draft.places.catalog.zones.map(\.region) + draft.places.catalog.outposts.map(\.region)
      + [draft.source.region, state.region]).uniqued()
    state.destination.loading = false
    state.source.chosen = draft.source
    state.options = OptionsState(restoring: draft.request, from: draft.source)
    state.destination.chosen = nil
    state.rebuildDestinations()
    var commands: [Command] = [.deleteDraft(path: path)]
    if let specs = draft.request.destinations {
      return commands + restoreFanOut(draft, specs, &state)
    }
    if let row = state.destination.rows.first(where: { $0.spec == draft.request.destination }) {
      state.destination.chosen = row
      state.screen = .options
      state.notice = .info("Restored the request for \(draft.source.id) → \(row.name); review and submit it.")
      commands += state.loadKeysIfNeeded()
    } else {
      state.screen = .destination
      state.notice = .warning("Restored the form for \(draft.source.id); its destination is not listed here: pick one.")
    }
    state.replan()
    return commands
  }

  /// A fan-out draft: its places marked again, each with the name and key the form gave it.
  private static func restoreFanOut(_ draft: RestoredDraft, _ specs: [DestinationSpec], _ state: inout AppState)
    -> [Command]
  {
    let catalog = state.places ?? Catalog()
    let rows = specs.map { spec in state.destination.rows.first { $0.supported && samePlace($0.spec, spec, catalog) } }
    state.destination.marked = rows.compactMap { $0 }
    let missing = zip(specs, rows).filter { $0.1 == nil }.map { Self.name(of: $0.0) }
    guard missing.isEmpty else {
      state.screen = .destination
      state.notice = .warning(
        "Restored the form for \(draft.source.id); \(missing.joined(separator: ", ")) cannot be copied to from here: "
          + "the other \(state.destination.marked.count) places are marked.")
      state.replan()
      return []
    }
    state.startFanOut(state.destination.marked)
    for (index, spec) in specs.enumerated() where state.options.targets.indices.contains(index) {
      state.options.targets[index].name.set(spec.name ?? draft.request.name ?? "")
      state.options.targets[index].edited = spec.name != nil
      state.options.targets[index].key = spec.kmsKeyId.map(OptionsState.PlaceKey.key) ?? .shared
    }
    state.screen = .options
    state.notice = .info(
      "Restored the request for \(draft.source.id) → \(specs.count) places; review and submit it.")
    state.replan()
    return state.loadKeysIfNeeded()
  }

  /// True when a destination row is the place a document's destination names (by zone id too).
  private static func samePlace(_ row: DestinationSpec, _ spec: DestinationSpec, _ catalog: Catalog) -> Bool {
    var place = spec
    place.name = nil
    place.kmsKeyId = nil
    if let id = place.localZoneId, let zone = catalog.zone(id: id) { place = DestinationSpec(localZone: zone.name) }
    return row == place
  }

  private static func name(of spec: DestinationSpec) -> String {
    spec.region ?? spec.localZone ?? spec.localZoneId ?? spec.outpostArn ?? "?"
  }
}

/// What `restoreDraft` found: the kept request, its source as the account describes it now, and the places.
public struct RestoredDraft: Sendable, Equatable {
  public var request: CopyRequest
  public var source: SourceItem
  public var places: Places

  public init(request: CopyRequest, source: SourceItem, places: Places) {
    self.request = request
    self.source = source
    self.places = places
  }
}
