import FerryCloud
import FerryRules
import Terminal
import Testing

@testable import FerryTUI

/// The lists an operator lives in: a `/` that starts afresh, filters that belong to their list, sorting,
/// columns that share the width by content, and a source that can go nowhere saying so.
@Suite struct ListSemanticsTests {
  private func type(_ text: String, _ state: inout AppState) {
    for character in text { _ = update(&state, .key(.character(character))) }
  }

  private func names(_ state: AppState) -> [String] {
    (0..<state.source.visibleCount).compactMap { state.source.visible($0)?.name }
  }

  private func listed() -> AppState {
    Fixtures.loadedState([
      Fixtures.item(1, name: "web-server"), Fixtures.item(2, name: "db-primary"), Fixtures.item(3, name: "web-cache"),
    ])
  }

  // MARK: - The filter

  @Test func slashStartsANewQueryAndCtrlPBringsTheOldOneBack() {
    var state = listed()
    _ = update(&state, .key(.character("/")))
    type("web", &state)
    _ = update(&state, .key(.enter))
    #expect(names(state) == ["web-server", "web-cache"])
    _ = update(&state, .key(.character("/")))
    #expect(state.source.filter.text == "", "a new query, not an extension of the old one")
    type("db", &state)
    #expect(names(state) == ["db-primary"])
    _ = update(&state, .key(.control("p")))
    #expect(state.source.filter.text == "web")
    #expect(names(state) == ["web-server", "web-cache"])
    _ = update(&state, .key(.control("p")))
    #expect(state.source.filter.text == "db", "ctrl-p again swaps back")
  }

  @Test func anotherTabClearsTheFilterAndKeepsItOneKeyAway() {
    var state = listed()
    _ = update(&state, .key(.character("/")))
    type("web", &state)
    _ = update(&state, .key(.enter))
    let commands = update(&state, .key(.tab))
    #expect(state.source.resource == .snapshot)
    #expect(state.source.filter.text == "")
    #expect(state.source.filter.previous == "web")
    #expect(commands.count == 2, "the owned and the shared listings, together")
  }

  @Test func reloadingTheSameListKeepsItsFilter() {
    var state = listed()
    _ = update(&state, .key(.character("/")))
    type("web", &state)
    _ = update(&state, .key(.enter))
    _ = update(&state, .key(.character("r")))
    #expect(state.source.filter.text == "web")
  }

  @Test func aNewSourceClearsTheDestinationFilter() {
    var state = listed()
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    _ = update(&state, .key(.character("/")))
    type("eu-w", &state)
    _ = update(&state, .key(.enter))
    #expect(state.destination.visibleCount == 1)
    _ = update(&state, .key(.escape))  // clears the filter
    _ = update(&state, .key(.character("/")))
    type("eu-w", &state)
    _ = update(&state, .key(.enter))
    state.screen = .source
    state.source.cursor.select(1, count: state.source.visibleCount)
    _ = update(&state, .key(.enter))
    #expect(state.source.chosen?.name == "db-primary")
    #expect(state.destination.filter.text == "", "the places are judged anew for the new source")
    #expect(state.destination.visibleCount == state.destination.rows.count)
  }

  // MARK: - Sorting

  @Test func sCyclesTheSortColumnAndKeepsTheSelection() {
    var state = listed()
    state.source.cursor.select(1, count: 3)  // db-primary
    _ = update(&state, .key(.character("s")))
    #expect(state.source.sort == .name)
    #expect(names(state) == ["db-primary", "web-cache", "web-server"])
    #expect(state.source.selected?.name == "db-primary")
    #expect(state.notice == .info("Sorted by name (s: next order)."))
    #expect(AppView.lines(state)[2].contains("NAME*"))
    _ = update(&state, .key(.character("s")))
    #expect(state.source.sort == .created)
    #expect(names(state) == ["web-cache", "db-primary", "web-server"], "newest first")
    for _ in 0..<3 { _ = update(&state, .key(.character("s"))) }
    #expect(state.source.sort == .listed)
    #expect(names(state) == ["web-server", "db-primary", "web-cache"], "as EC2 listed them")
  }

  @Test func pagesArrivingWhileSortedGoAtTheEndUntilTheListingEndsThenTakeTheirPlace() {
    var state = Fixtures.loadedState([])
    _ = state.source.reload(region: "us-east-1")
    _ = state.source.receive(
      SourcePage(items: [Fixtures.item(2, name: "b"), Fixtures.item(1, name: "c")], nextToken: "t"), scope: .owned,
      region: "us-east-1")
    _ = update(&state, .key(.character("s")))
    _ = update(&state, .key(.character("/")))
    type("team=edge", &state)
    #expect(names(state) == ["c"])
    _ = state.source.receive(
      SourcePage(items: [Fixtures.item(3, name: "a")], nextToken: nil), scope: .owned, region: "us-east-1")
    #expect(names(state) == ["c", "a"], "at the end while pages arrive")
    _ = state.source.receive(SourcePage(items: [], nextToken: nil), scope: .shared, region: "us-east-1")
    #expect(state.source.loading == .done)
    #expect(names(state) == ["a", "c"], "in order once the listing ends; the query kept")
    #expect(state.source.selected?.name == "a", "a fresh listing nobody moved in starts at the top")
  }

  // MARK: - Columns

  @Test func columnsShareTheWidthByContentWhereFirst() {
    let zone = "us-east-1-bos-1a-long-zone-name"
    let item = SourceItem(.image(Fixtures.image(5, name: "edge", zone: zone)), callerAccount: "111122223333")
    let content = SourceRows.measure([item, Fixtures.item(1, name: "a-very-long-image-name-for-the-web-tier")])
    let wide = SourceRows.columns(width: 198, snapshots: false, content: content)
    #expect(
      wide.map(\.title) == ["ID", "NAME", "DESCRIPTION", "CREATED", "ARCH", "STATE", "ENC", "SIZE", "OWNER", "WHERE"])
    // The name reaches its widest cell before the description takes what is left.
    #expect(wide.first { $0.title == "NAME" }?.width == "a-very-long-image-name-for-the-web-tier".count)
    #expect(wide.first { $0.title == "WHERE" }?.width == zone.count)
    #expect(SourceRows.line(item, columns: wide).contains(zone))
    #expect(wide.reduce(0) { $0 + $1.width } + wide.count - 1 == 198)
    // Narrow: the minimums, with the least useful columns dropped first (the size before the name is cut).
    let narrow = SourceRows.columns(width: 78, snapshots: false, content: content)
    #expect(narrow.map(\.title) == ["ID", "NAME", "STATE", "ENC", "OWNER", "WHERE"])
    #expect(narrow.first { $0.title == "NAME" }.map(\.width) ?? 0 >= 22)
  }

  @Test func whereNamesAnOutpostOnceTheOutpostsAreListed() {
    let arn = "arn:aws:outposts:us-east-1:111122223333:outpost/op-0123456789abcdef0"
    let snapshot = Snapshot(
      id: "snap-0000000000000000a", state: .completed, ownerId: "111122223333", volumeSize: 8, encrypted: false,
      outpostArn: arn, region: "us-east-1")
    var state = Fixtures.loadedState(
      [SourceItem(.snapshot(snapshot), callerAccount: "111122223333")], width: 160, height: 24)
    state.source.resource = .snapshot
    #expect(AppView.lines(state)[3].contains("outpost op-0123456789abcdef0"))
    var catalog = Fixtures.catalog
    catalog.outposts = [
      Outpost(
        arn: arn, id: "op-0123456789abcdef0", name: "rack-iad-factory", region: "us-east-1", account: "111122223333")
    ]
    _ = update(&state, .places(.success(Places(catalog: catalog))))
    #expect(state.source.contentWidths["WHERE"] == "outpost rack-iad-factory".count)
    #expect(AppView.lines(state)[3].hasSuffix(" outpost rack-iad-factory"), "whole, at the end of the row")
  }

  @Test func snapshotsShowTheirNameTag() {
    let snapshot = Snapshot(
      id: "snap-0123456789abcdef0", description: "nightly backup", state: .completed, ownerId: "111122223333",
      volumeSize: 8, encrypted: false, startTime: "2026-11-20T01:00:00.000Z",
      tags: [Tag(key: "Name", value: "db-data")], region: "us-east-1")
    let item = SourceItem(.snapshot(snapshot), callerAccount: "111122223333")
    let columns = SourceRows.columns(width: 78, snapshots: true, content: SourceRows.measure([item]))
    #expect(columns.map(\.title).prefix(3) == ["ID", "NAME", "DESCRIPTION"])
    #expect(SourceRows.line(item, columns: columns).contains("db-data "))
    let wide = SourceRows.line(item, columns: SourceRows.columns(width: 120, snapshots: true, content: [:]))
    #expect(wide.contains("nightly backup") && wide.contains("2026-11-20"))
  }

  // MARK: - A source that can go nowhere

  @Test func anOutpostResidentSourceSaysItCanGoNowhereAboveTheList() {
    let arn = "arn:aws:outposts:us-east-1:111122223333:outpost/op-0123456789abcdef0"
    let snapshot = Snapshot(
      id: "snap-0000000000000000a", state: .completed, ownerId: "111122223333", volumeSize: 8, encrypted: false,
      outpostArn: arn, region: "us-east-1")
    var state = Fixtures.loadedState([SourceItem(.snapshot(snapshot), callerAccount: "111122223333")])
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    #expect(state.destination.rows.allSatisfy { !$0.supported })
    let screen = AppView.lines(state)
    #expect(screen[3].contains("✗ No place can take a copy of snap-0000000000000000a from Outpost"))
    #expect(screen.firstIndex { $0.contains("Region     eu-west-1") }! > 3, "the list comes after the warning")
  }
}
