import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Terminal

/// The whole TUI as one value: which screen, each screen's sub-state, and what the account told us.
///
/// Only `update(_:_:)` changes it; views only read it. Holds no closures and does no I/O.
public struct AppState: Sendable, Equatable {
  public enum Screen: String, Sendable, Equatable, CaseIterable {
    case source, destination, options, review, status
  }

  /// What covers the screen for a moment.
  public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case commandLine(TextInput)
    case confirmQuit
  }

  public enum Mode: Sendable, Equatable {
    /// No credentials were found: explain and offer the sandbox.
    case welcome(NoCredentials)
    case running
  }

  public var mode: Mode
  public var width: Int
  public var height: Int
  public var now: Date
  public var spinner = 0
  public var identity: AccountIdentity?
  public var identityError: String?
  /// The Region being browsed for sources (`:region` changes it).
  public var region: String
  /// The theme views draw with (`:theme` loads another).
  public var theme: Theme = .default
  /// False under `NO_COLOR`, `--no-color` or a terminal without colour: the theme stays monochrome
  /// (roles told apart by attributes alone), whatever `:theme` asks for.
  public var colorAllowed = true
  public var screen: Screen = .source
  public var overlay: Overlay?
  public var notice: Notice?

  public var source = SourceState()
  public var destination = DestinationState()
  public var options = OptionsState()
  public var review = ReviewState()
  public var status = StatusState()

  /// Regions, Local Zones and Outposts, once loaded.
  public var places: Catalog?
  /// The Regions whose zones and Outposts `places` includes.
  public var placesLoadedFor: [String] = []
  public var kmsKeys: [String: KeyList] = [:]
  /// Profile names for `:profile` completion, once asked for.
  public var profiles: [String]?
  /// The request a killed session kept (`DraftKeeper`), until restored or discarded.
  public var keptDraft: String?
  public var quitting = false

  public init(mode: Mode = .running, region: String, width: Int = 80, height: Int = 24, now: Date) {
    self.mode = mode
    self.region = region
    self.width = width
    self.height = height
    self.now = now
  }

  public var layout: Layout { Layout(width: width, height: height, showDetails: source.showDetails) }

  /// The Region whose endpoint takes the copy (the chosen destination's Region).
  public var destinationRegion: String? { destination.chosen.flatMap { region(of: $0.spec) } }

  /// The Region a place belongs to: itself, a Local Zone's parent, an Outpost's home Region.
  public func region(of spec: DestinationSpec) -> String? {
    if let region = spec.region { return region }
    if let zone = spec.localZone { return places?.zone(named: zone)?.region }
    if let id = spec.localZoneId { return places?.zone(id: id)?.region }
    if let arn = spec.outpostArn { return places?.outpost(arn: arn)?.region }
    return nil
  }

  /// The request as it stands, when a source and a destination are chosen.
  public var request: CopyRequest? {
    guard let source = source.chosen, let destination = destination.chosen else { return nil }
    return RequestBuilder.request(source: source, destination: destination.spec, form: options).0
  }

  /// Re-plans the request after any change (plan() is cheap and pure).
  public mutating func replan() {
    guard let source = source.chosen, let destination = destination.chosen else {
      options.plan = nil
      options.formFindings = []
      return
    }
    let (request, formFindings) = RequestBuilder.request(source: source, destination: destination.spec, form: options)
    options.formFindings = formFindings
    if request.destinations == nil {
      options.fanOutPlans = []
      options.plan = plan(request, catalog: places ?? Catalog(), facts: facts)
    } else {
      options.fanOutPlans = planAll(request, catalog: places ?? Catalog(), facts: facts)
      options.plan = options.fanOutPlans.first
    }
  }

  /// Opens the form for a fan-out to `places`, each with the name ferry proposes (`FanOutNames`).
  public mutating func startFanOut(_ places: [DestinationRow]) {
    guard let first = places.first else { return }
    destination.chosen = first
    destination.fanOut = places
    let typed = options.targets.filter(\.edited)
    options.targets = places.map { place in
      typed.first { $0.place.name == place.name } ?? OptionsState.FanOutTarget(place: place, name: options.name.text)
    }
    options.targetCursor = 0
    reproposeNames()
    replan()
  }

  /// Proposes again the names the operator has not typed in (after the shared name changed).
  public mutating func reproposeNames() {
    guard let request, request.destinations != nil else { return }
    var shared = request
    shared.destinations = options.targets.map(\.place.spec)
    for (index, name) in FanOutNames.propose(shared, catalog: places ?? Catalog()).enumerated()
    where options.targets.indices.contains(index) && !options.targets[index].edited {
      options.targets[index].name.set(name)
    }
  }

  /// Rebuilds the destination rows for the chosen source (keeps the selection on the same place).
  public mutating func rebuildDestinations() {
    let previous = destination.selected?.name
    destination.setRows(
      DestinationRows.build(
        catalog: places ?? Catalog(), source: source.chosen, resource: source.chosen?.resource ?? source.resource,
        facts: facts))
    let visible = destination.filter.matches.map { destination.rows[$0].name }
    if let previous, let index = visible.firstIndex(of: previous) {
      destination.cursor.select(index, count: destination.visibleCount)
    } else {
      destination.cursor.clamp(count: destination.visibleCount)
    }
    if let chosen = destination.chosen, let fresh = destination.rows.first(where: { $0.name == chosen.name }) {
      destination.chosen = fresh
    }
  }

  /// Loads the destination Region's KMS keys unless they are loaded or loading.
  public mutating func loadKeysIfNeeded() -> [Command] {
    guard let region = destinationRegion else { return [] }
    return loadKeys(in: region)
  }

  /// Loads a Region's KMS keys unless they are loaded or loading.
  public mutating func loadKeys(in region: String) -> [Command] {
    guard kmsKeys[region] == nil else { return [] }
    kmsKeys[region] = .loading
    return [.loadKMSKeys(region: region)]
  }

  /// What the account told us about the chosen source, for the rules that need live facts.
  public var facts: SourceFacts? {
    guard let item = source.chosen else { return nil }
    return SourceFacts(
      encrypted: item.encrypted, kmsKeyIds: item.snapshotKeyIds, ownerAccount: item.ownerId,
      callerAccount: identity?.accountId)
  }

  /// True while a spinner shows: pages loading, places loading, preflight or a submit running.
  public var isAnimating: Bool {
    if case .loading = source.loading { return true }
    return destination.loading || review.preflightRunning || review.submitting || status.polling
  }

  /// True when leaving would lose edits nobody submitted or saved.
  public var hasUnsavedWork: Bool { options.dirty }
}

extension AppState {
  /// A fresh form for a newly picked source, prefilled from it as the Console does.
  ///
  /// Nothing the
  /// previous form held is carried over: its choices are offered (`LastChoices`, ctrl-r), never applied.
  public mutating func startForm(for item: SourceItem) {
    var fresh = OptionsState()
    fresh.prefill(from: item)
    fresh.lastChoices = LastChoices(options) ?? options.lastChoices
    options = fresh
    review = ReviewState()
    destination.marked = []
    destination.fanOut = []
  }

  /// After a copy was sent the form is done: a fresh one for the same source, no destination chosen,
  /// so the same request is not one `enter` away from being sent twice.
  public mutating func finishForm() {
    guard let item = source.chosen else { return }
    startForm(for: item)
    destination.chosen = nil
    replan()
  }
}
