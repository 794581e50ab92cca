import FerryCore
import FerryRules
import Foundation
import Terminal
import Testing

@testable import FerryTUI

@Suite struct GlobalUpdateTests {
  // MARK: - Command line

  @Test(arguments: [
    ("region eu-west-1", CommandLineParser.Parsed.region("eu-west-1")),
    ("profile prod", .profile("prod")),
    ("theme high-contrast", .theme("high-contrast")),
    ("q", .quit),
    ("status", .screen(.status)),
  ])
  func commandsParse(line: String, expected: CommandLineParser.Parsed) {
    #expect(CommandLineParser.parse(line) == .success(expected))
  }

  @Test func unknownCommandsSayWhatExists() {
    guard case .failure(let failure) = CommandLineParser.parse("regoin x") else {
      Issue.record("expected a failure")
      return
    }
    #expect(failure.message.hasPrefix("Unknown command \":regoin\". Commands: region, profile, theme"))
  }

  @Test(arguments: [
    ("re", "re"), ("reg", "region "), ("pro", "profile "), ("theme hi", "theme high-contrast"), ("st", "status "),
  ])
  func completionFillsCommandNames(typed: String, completed: String) {
    #expect(CommandLineParser.complete(typed) == completed)
  }

  @Test func colonRegionReloadsTheListingThere() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .key(.character(":")))
    for character in "region eu-west-1" { _ = update(&state, .key(.character(character))) }
    let commands = update(&state, .key(.enter))
    #expect(state.region == "eu-west-1")
    // The Region's Local Zones and Outposts are loaded with it (DescribeRegions from the home Region).
    #expect(
      commands == [
        .loadSources(resource: .image, region: "eu-west-1", scope: .owned, nextToken: nil, generation: 2),
        .loadSources(resource: .image, region: "eu-west-1", scope: .shared, nextToken: nil, generation: 2),
        .loadPlaces(homeRegion: "us-east-1", regions: ["eu-west-1"]),
      ])
  }

  private func runCommandLine(_ line: String, _ state: inout AppState) -> [Command] {
    _ = update(&state, .key(.character(":")))
    for character in line { _ = update(&state, .key(.character(character))) }
    return update(&state, .key(.enter))
  }

  @Test func colonRegionToARegionNotEnabledSaysSoAndHowToEnableIt() {
    var state = Fixtures.loadedState([])
    state.places = Fixtures.catalog
    let commands = runCommandLine("region me-south-1", &state)
    #expect(commands == [])
    #expect(state.region == "us-east-1", "the listing stays where it was")
    #expect(
      state.notice
        == .error(
          "The Region me-south-1 is not enabled for this account: enable it first (aws account enable-region --region-name me-south-1)."
        ))
    _ = runCommandLine("region ap-east-9", &state)
    #expect(state.notice?.text.hasPrefix("The account has no Region ap-east-9") == true)
  }

  @Test func placesArrivingForARegionNotEnabledSaySoToo() {
    var state = Fixtures.loadedState([])
    _ = runCommandLine("region me-south-1", &state)
    #expect(state.region == "me-south-1")
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    #expect(state.notice?.text.hasPrefix("The Region me-south-1 is not enabled for this account") == true)
  }

  @Test func theBrowsingRegionsLocalZonesAreLoadedWhenASourceIsChosen() {
    var state = Fixtures.loadedState([Fixtures.item(1, name: "web")])
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    let commands = runCommandLine("region eu-west-1", &state)
    #expect(commands.contains(.loadPlaces(homeRegion: "us-east-1", regions: ["us-east-1", "eu-west-1"])))
    #expect(state.destination.loading)
  }

  @Test func colonThemeLoadsTheThemeAsAnEffect() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .key(.character(":")))
    for character in "theme monochrome" { _ = update(&state, .key(.character(character))) }
    #expect(update(&state, .key(.enter)) == [.loadTheme("monochrome")])
    _ = update(&state, .theme(.success(.monochrome)))
    #expect(state.theme.name == "monochrome")
  }

  // MARK: - Help, navigation, welcome

  @Test func questionMarkOpensHelpAndAnyKeyClosesIt() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .key(.character("?")))
    #expect(state.overlay == .help(scroll: 0))
    _ = update(&state, .key(.character("x")))
    #expect(state.overlay == nil)
  }

  @Test func screensThatNeedAPickSayWhatToDoFirst() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .key(.character("3")))
    #expect(state.screen == .source)
    #expect(state.notice == .error("Can't go to Options: pick a source and a destination first"))
  }

  @Test func withoutCredentialsTheOnlyWaysOnAreTheSandboxOrQuit() {
    var (state, commands) = start(
      .noCredentials(NoCredentials(lookedFor: ["AWS_PROFILE (not set)"])), width: 80, height: 24, now: Fixtures.now)
    #expect(commands == [])
    #expect(update(&state, .key(.character("j"))) == [])
    #expect(update(&state, .key(.character("s"))) == [.useSandbox])
    #expect(update(&state, .key(.character("q"))) == [.quit])
  }

  @Test func resizeIsTakenFromTheMessage() {
    var state = Fixtures.loadedState([])
    _ = update(&state, .resize(width: 120, height: 40))
    #expect(state.width == 120 && state.height == 40)
    #expect(state.layout.listHeight == 36 - 1 - 12)
  }

  // MARK: - Status pane

  @Test func inFlightCopiesArePolledAtThePaceCoreSets() {
    var state = Fixtures.loadedState([])
    var record = CopyRecord(
      id: "cp-1", createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .pending
    // Half done after 40 s: about 40 s left, so core's PollInterval asks again in about a quarter of that.
    record.submittedAt = Fixtures.now.addingTimeInterval(-40)
    record.progress = 50
    record.firstProgress = ProgressMark(percent: 0, at: Fixtures.now.addingTimeInterval(-40))
    record.progressAt = Fixtures.now
    _ = update(&state, .copies(.success(CopiesReport(records: [record]))))
    #expect(state.status.pollInterval(now: Fixtures.now) == 10)
    // The journal is followed once a second (a stat); EC2 is asked at the pace core sets.
    #expect(update(&state, .tick(Fixtures.now.addingTimeInterval(5))) == [.readJournal(known: nil)])
    _ = update(&state, .journal(marker: "m1", .success(nil)))
    #expect(update(&state, .tick(Fixtures.now.addingTimeInterval(15))) == [.readJournal(known: "m1"), .refreshCopies])
    _ = update(&state, .journal(marker: "m1", .success(nil)))
    // One poll at a time.
    #expect(update(&state, .tick(Fixtures.now.addingTimeInterval(16))) == [.readJournal(known: "m1")])
  }

  @Test func aCopyAnotherProcessJournalledAppearsWithoutAKeyAndTheSelectionStays() {
    var state = Fixtures.loadedState([])
    state.screen = .status
    func record(_ id: String) -> CopyRecord {
      CopyRecord(
        id: id, createdAt: Fixtures.now, call: APICall(operation: .copySnapshot, region: "eu-west-1", parameters: [:]),
        destination: "Region eu-west-1", sourceId: "snap-1", sourceRegion: "us-east-1", clientToken: id,
        phase: .available)
    }
    _ = update(&state, .journal(marker: "m1", .success([record("cp-2"), record("cp-1")])))
    _ = update(&state, .key(.down))
    #expect(state.status.selected?.id == "cp-1")
    // `ferry copy` in another window wrote cp-3: the next read shows it on top, cp-1 still selected.
    #expect(update(&state, .tick(Fixtures.now.addingTimeInterval(2))).contains(.readJournal(known: "m1")))
    _ = update(&state, .journal(marker: "m2", .success([record("cp-3"), record("cp-2"), record("cp-1")])))
    #expect(state.status.copies.map(\.id) == ["cp-3", "cp-2", "cp-1"])
    #expect(state.status.selected?.id == "cp-1")
    #expect(AppView.lines(state).joined().contains("cp-3"))
  }

  @Test func finishedCopiesAreNotPolled() {
    var state = Fixtures.loadedState([])
    var record = CopyRecord(
      id: "cp-1", createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .available
    _ = update(&state, .copies(.success(CopiesReport(records: [record]))))
    #expect(!update(&state, .tick(Fixtures.now.addingTimeInterval(600))).contains(.refreshCopies))
  }

  @Test func cancellingAsksFirst() {
    var state = Fixtures.loadedState([])
    var record = CopyRecord(
      id: "cp-1", createdAt: Fixtures.now, call: APICall(operation: .copyImage, region: "eu-west-1", parameters: [:]),
      destination: "Region eu-west-1", sourceId: "ami-1", sourceRegion: "us-east-1", clientToken: "t")
    record.phase = .pending
    _ = update(&state, .copies(.success(CopiesReport(records: [record]))))
    state.screen = .status
    #expect(update(&state, .key(.character("x"))) == [])
    #expect(state.status.confirmCancel == "cp-1")
    #expect(update(&state, .key(.character("y"))) == [.cancelCopy(id: "cp-1")])
  }
}
