import FerryRules
import Terminal
import Testing

@testable import FerryTUI

/// The destination list's `/` filter behaves like the source list's.
@Suite struct DestinationFilterTests {
  private static let outpostArn = "arn:aws:outposts:us-east-1:111122223333:outpost/op-0123456789abcdef0"

  private func destinationState() -> AppState {
    var state = Fixtures.loadedState([Fixtures.item(1, name: "web")])
    _ = update(&state, .key(.enter))
    var catalog = Fixtures.catalog
    catalog = Catalog(
      regions: catalog.regions, zones: catalog.zones,
      outposts: [
        Outpost(
          arn: Self.outpostArn, id: "op-0123456789abcdef0", name: "rack-iad", region: "us-east-1",
          account: "111122223333")
      ])
    _ = update(&state, .places(.success(Places(catalog: catalog))))
    return state
  }

  private func filter(_ query: String, _ state: inout AppState) {
    _ = update(&state, .key(.character("/")))
    for character in query { _ = update(&state, .key(.character(character))) }
  }

  // MARK: - What it matches

  @Test(arguments: [
    ("eu-west", ["eu-west-1"]),
    ("USE1-BOS1", ["us-east-1-bos-1a"]),  // zone id, any case
    ("ap-south", []),
    ("us-east-1-bos-1", ["us-east-1-bos-1a"]),  // zone group
    ("rack-iad", ["op-0123456789abcdef0"]),  // Outpost name
    ("outpost/op-0123", ["op-0123456789abcdef0"]),  // Outpost ARN
    ("local zone", ["us-east-1-bos-1a"]),
  ])
  func typingNarrowsTheList(query: String, names: [String]) {
    var state = destinationState()
    filter(query, &state)
    #expect((0..<state.destination.visibleCount).compactMap { state.destination.visible($0)?.name } == names)
  }

  @Test func theParentRegionFindsItsZonesAndOutposts() {
    var state = destinationState()
    filter("us-east-1", &state)
    #expect(
      (0..<state.destination.visibleCount).compactMap { state.destination.visible($0)?.name } == [
        "us-east-1", "us-east-1-bos-1a", "op-0123456789abcdef0",
      ])
  }

  // MARK: - Keys

  @Test func enterKeepsTheFilterThenPicksAndEscClears() {
    var state = destinationState()
    filter("eu-", &state)
    #expect(KeyContext.of(state) == .filter(.destination))
    _ = update(&state, .key(.character("j")))  // typed, not a movement
    #expect(state.destination.filter.text == "eu-j")
    _ = update(&state, .key(.backspace))
    _ = update(&state, .key(.enter))
    #expect(KeyContext.of(state) == .destination)
    #expect(state.destination.selected?.name == "eu-west-1")
    _ = update(&state, .key(.enter))
    #expect(state.screen == .options)
    #expect(state.destination.chosen?.name == "eu-west-1")
    _ = update(&state, .key(.escape))
    _ = update(&state, .key(.escape))  // esc on a filtered list clears the filter first
    #expect(state.screen == .destination)
    #expect(state.destination.filter.text.isEmpty)
    #expect(state.destination.visibleCount == 5)
    _ = update(&state, .key(.escape))
    #expect(state.screen == .source)
  }

  @Test func newPlacesKeepTheQuery() {
    var state = destinationState()
    filter("bos", &state)
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    #expect(state.destination.filter.text == "bos")
    #expect(state.destination.selected?.name == "us-east-1-bos-1a")
  }

  @Test func theFilterLineCountsWhatMatches() {
    var state = destinationState()
    filter("us-", &state)
    #expect(AppView.lines(state)[22].hasPrefix("/us-  3 of 5"))
  }
}
