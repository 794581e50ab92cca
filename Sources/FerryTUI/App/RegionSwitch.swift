import FerryCore
import FerryRules

/// `:region R`: browse sources in another Region, unless the rules know it cannot be used.
enum RegionSwitch {
  static func perform(_ region: String, _ state: inout AppState) -> [Command] {
    guard region.range(of: #"^[a-z]{2}(-[a-z]+)+-\d+$"#, options: .regularExpression) != nil else {
      state.notice = .error("\"\(region)\" is not a Region name (e.g. eu-west-1).")
      return []
    }
    // A Region the account has not enabled (or does not have) would answer every call with AuthFailure,
    // which reads like a credentials problem: say what is wrong, and how to enable it, instead.
    if let places = state.places, let problem = refusal(region, catalog: places) {
      state.notice = .error(problem)
      return []
    }
    state.region = region
    state.screen = .source
    state.notice = .info("Listing in \(region).")
    var commands = state.source.reload(region: region)
    // Local Zones and Outposts are offered for the browsing Region too (docs/tui.md): load them with it.
    if state.places == nil || !state.placesLoadedFor.contains(region) {
      let regions = [state.source.chosen?.region, region].compactMap { $0 }.uniqued()
      if state.source.chosen != nil { state.destination.loading = true }
      commands.append(.loadPlaces(homeRegion: state.identity?.region ?? region, regions: regions))
    }
    return commands
  }

  /// The first error the rules find with working in `region`, or nil.
  static func refusal(_ region: String, catalog: Catalog) -> String? {
    RegionCheck.findings(region, catalog: catalog).first { $0.severity == .error }?.message
  }
}
