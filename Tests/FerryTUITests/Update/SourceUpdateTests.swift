import FerryRules
import Terminal
import Testing

@testable import FerryTUI

@Suite struct SourceUpdateTests {
  // MARK: - Loading page by page

  @Test func startingListsOwnedAndSharedImagesTogetherAndTheJournal() {
    let (state, commands) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    #expect(
      commands == [
        .loadSources(resource: .image, region: "us-east-1", scope: .owned, nextToken: nil, generation: 1),
        .loadSources(resource: .image, region: "us-east-1", scope: .shared, nextToken: nil, generation: 1),
        .refreshCopies,
        .loadPlaces(homeRegion: "us-east-1", regions: ["us-east-1"]),
      ])
    // Two lanes: the shared listing does not cancel the owned one.
    #expect(commands[0].key == .sources)
    #expect(commands[1].key == .sharedSources)
    #expect(state.source.loading == .loading(scope: .owned))
  }

  @Test func aPageShowsAtOnceAndAsksForTheNext() {
    var (state, _) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    let page = SourcePage(items: [Fixtures.item(1, name: "a"), Fixtures.item(2, name: "b")], nextToken: "t2")
    let commands = update(&state, .sourcesPage(generation: 1, scope: .owned, .success(page)))
    #expect(state.source.visibleCount == 2)
    #expect(
      commands == [.loadSources(resource: .image, region: "us-east-1", scope: .owned, nextToken: "t2", generation: 1)])
    #expect(SourceView.statusText(state).hasSuffix("loading AMIs… 2"))
  }

  @Test func loadingEndsWhenBothListingsHaveTheirLastPage() {
    var (state, _) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    let owned = update(
      &state, .sourcesPage(generation: 1, scope: .owned, .success(SourcePage(items: [], nextToken: nil))))
    #expect(owned == [])
    #expect(state.source.loading == .loading(scope: .shared))
    let shared = update(
      &state, .sourcesPage(generation: 1, scope: .shared, .success(SourcePage(items: [], nextToken: nil))))
    #expect(shared == [])
    #expect(state.source.loading == .done)
  }

  @Test func sharedPagesArrivingFirstAreShownAfterTheOwnedRows() {
    var (state, _) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    let sharedPage = SourcePage(items: [Fixtures.item(9, name: "shared")], nextToken: "s2")
    let next = update(&state, .sourcesPage(generation: 1, scope: .shared, .success(sharedPage)))
    #expect(
      next == [.loadSources(resource: .image, region: "us-east-1", scope: .shared, nextToken: "s2", generation: 1)])
    #expect(state.source.visibleCount == 0)
    _ = update(
      &state,
      .sourcesPage(
        generation: 1, scope: .owned, .success(SourcePage(items: [Fixtures.item(1, name: "own")], nextToken: "o2"))))
    #expect(state.source.items.map(\.id) == [Fixtures.item(1, name: "own").id])
    _ = update(
      &state,
      .sourcesPage(
        generation: 1, scope: .owned, .success(SourcePage(items: [Fixtures.item(2, name: "own2")], nextToken: nil))))
    #expect(state.source.items.map(\.name) == ["own", "own2", "shared"])
    #expect(state.source.items.map(\.listed) == [0, 1, 2])
    #expect(state.source.loading == .loading(scope: .shared))
  }

  @Test func aFailedOwnedListingStillShowsTheSharedRows() {
    var (state, _) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    _ = update(
      &state,
      .sourcesPage(
        generation: 1, scope: .shared, .success(SourcePage(items: [Fixtures.item(9, name: "shared")], nextToken: nil))))
    _ = update(&state, .sourcesPage(generation: 1, scope: .owned, .failure(Failure("Request has expired."))))
    #expect(state.source.visibleCount == 1)
    #expect(state.source.loading == .failed("Request has expired."))
  }

  @Test func pagesOfAnAbandonedListingAreDropped() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .key(.tab))  // switches to snapshots: generation 2
    let commands = update(
      &state,
      .sourcesPage(
        generation: 1, scope: .owned, .success(SourcePage(items: [Fixtures.item(1, name: "old")], nextToken: "x"))))
    #expect(commands == [])
    #expect(state.source.items.isEmpty)
    #expect(state.source.resource == .snapshot)
  }

  @Test func aFailedListingSaysWhy() {
    var (state, _) = start(.account(Fixtures.identity), width: 80, height: 24, now: Fixtures.now)
    _ = update(
      &state,
      .sourcesPage(generation: 1, scope: .owned, .failure(Failure("Request has expired.", code: "RequestExpired"))))
    #expect(state.source.loading == .failed("Request has expired. (RequestExpired)"))
    #expect(SourceView.emptyText(state) == "Could not list AMIs: Request has expired. (RequestExpired)")
  }

  // MARK: - Filter and navigation

  @Test func slashFiltersAsTheOperatorTypes() {
    var state = Fixtures.loadedState([
      Fixtures.item(1, name: "web-server"), Fixtures.item(2, name: "db"), Fixtures.item(3, name: "web-cache"),
    ])
    _ = update(&state, .key(.character("/")))
    for character in "web" { _ = update(&state, .key(.character(character))) }
    #expect(state.source.visibleCount == 2)
    #expect(state.source.selected?.name == "web-server")
    _ = update(&state, .key(.escape))
    #expect(state.source.visibleCount == 3)
    #expect(state.source.filter.editing == false)
  }

  @Test func filterMatchesTagsAndIsCaseInsensitive() {
    var state = Fixtures.loadedState([Fixtures.item(1, name: "one"), Fixtures.item(2, name: "two")])
    _ = update(&state, .key(.character("/")))
    for character in "TEAM=CORE" { _ = update(&state, .key(.character(character))) }
    #expect(state.source.visibleCount == 1)
    #expect(state.source.selected?.name == "two")
  }

  @Test(arguments: [
    (Key.character("j"), 1), (.down, 1), (.character("G"), 4), (.end, 4), (.control("d"), 4),
  ])
  func viKeysAndArrowsMove(key: Key, expected: Int) {
    var state = Fixtures.loadedState((1...5).map { Fixtures.item($0, name: "n\($0)") })
    _ = update(&state, .key(key))
    #expect(state.source.cursor.selected == expected)
  }

  @Test func enterPicksTheSourceAndLoadsThePlaces() {
    var state = Fixtures.loadedState([Fixtures.item(7, name: "app")])
    let commands = update(&state, .key(.enter))
    #expect(state.screen == .destination)
    #expect(state.source.chosen?.id == "ami-00000000000000007")
    #expect(commands == [.loadPlaces(homeRegion: "us-east-1", regions: ["us-east-1"])])
    #expect(state.options.name.text == "app")
    #expect(state.options.description.text == "[Copied ami-00000000000000007 from us-east-1] image 7")
  }
}
