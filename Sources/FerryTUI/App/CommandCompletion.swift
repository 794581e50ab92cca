/// Tab on the `:` line: completes a command name, a theme, a Region (`:region`, from the places DescribeRegions
/// listed) or a profile (`:profile`, from the AWS config files, loaded on the first Tab).
enum CommandCompletion {
  static func complete(_ state: inout AppState) -> [Command] {
    guard case .commandLine(var input)? = state.overlay else { return [] }
    if input.text.hasPrefix("profile "), state.profiles == nil {
      state.profiles = []
      return [.loadProfiles]
    }
    if input.text.hasPrefix("region "), state.places == nil {
      // The Regions come from DescribeRegions, with the browsing Region's zones (as a pick would load them).
      return [.loadPlaces(homeRegion: state.identity?.region ?? state.region, regions: [state.region])]
    }
    let (regions, profiles) = (regions(state), state.profiles ?? [])
    let completed = CommandLineParser.complete(input.text, regions: regions, profiles: profiles)
    let offered = CommandLineParser.candidates(input.text, regions: regions, profiles: profiles) ?? []
    if completed == input.text, offered.count > 1 {
      // Nothing more in common: show what Tab chooses between (the notice wraps above the line).
      state.notice = .info(offered.joined(separator: "  "))
    }
    input.set(completed)
    state.overlay = .commandLine(input)
    return []
  }

  /// Completes the line again once what it waited for (profile names, the Regions) has arrived.
  static func completeOpenLine(_ state: inout AppState) {
    guard case .commandLine(let input)? = state.overlay,
      input.text.hasPrefix("profile ") || input.text.hasPrefix("region ")
    else { return }
    _ = complete(&state)
  }

  /// Enabled Regions (a Region not enabled is still refused with the reason when chosen).
  private static func regions(_ state: AppState) -> [String] {
    (state.places?.regions ?? []).filter { $0.optIn != .notOptedIn }.map(\.name).sorted()
  }
}
