import FerryRules
import Terminal
import Testing

@testable import FerryTUI

/// Tab on the `:` line completes Regions (from DescribeRegions) and profiles (from the AWS config files).
@Suite struct CommandCompletionTests {
  private func typed(_ line: String, _ state: inout AppState) {
    _ = update(&state, .key(.character(":")))
    for character in line { _ = update(&state, .key(.character(character))) }
  }

  private func line(_ state: AppState) -> String? {
    if case .commandLine(let input)? = state.overlay { return input.text }
    return nil
  }

  @Test func regionCompletesFromTheEnabledRegions() {
    var state = Fixtures.loadedState([])
    state.places = Fixtures.catalog
    typed("region eu-w", &state)
    #expect(update(&state, .key(.tab)) == [])
    #expect(line(state) == "region eu-west-1")
    state.overlay = nil
    typed("region m", &state)
    _ = update(&state, .key(.tab))
    #expect(line(state) == "region m", "me-south-1 is not enabled, so it is not offered")
  }

  @Test func regionWithNoPlacesYetLoadsThemThenCompletes() {
    var state = Fixtures.loadedState([])
    typed("region eu-w", &state)
    #expect(update(&state, .key(.tab)) == [.loadPlaces(homeRegion: "us-east-1", regions: ["us-east-1"])])
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    #expect(line(state) == "region eu-west-1")
  }

  @Test func profileLoadsTheNamesOnTheFirstTabAndShowsTheChoices() {
    var state = Fixtures.loadedState([])
    typed("profile p", &state)
    #expect(update(&state, .key(.tab)) == [.loadProfiles])
    _ = update(&state, .profiles(["default", "prod-eu", "prod-us", "staging"]))
    #expect(line(state) == "profile prod-")
    _ = update(&state, .key(.tab))
    #expect(state.notice == .info("prod-eu  prod-us"), "a second Tab with nothing more in common shows the choices")
    _ = update(&state, .key(.character("e")))
    #expect(update(&state, .key(.tab)) == [])
    #expect(line(state) == "profile prod-eu")
  }

  @Test(arguments: [
    ("dr", "draft "), ("draft d", "draft discard"), ("theme high", "theme high-contrast"), ("region x", "region x"),
  ])
  func theParserCompletesValues(typed: String, completed: String) {
    #expect(CommandLineParser.complete(typed, regions: ["eu-west-1"]) == completed)
  }
}
