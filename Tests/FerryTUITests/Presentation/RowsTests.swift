import FerryRules
import Terminal
import Testing

@testable import FerryTUI

@Suite struct RowsTests {
  // MARK: - Source columns

  @Test(arguments: [
    (90, ["ID", "NAME", "STATE", "ENC", "SIZE", "OWNER", "WHERE"]),
    (78, ["ID", "NAME", "STATE", "ENC", "OWNER", "WHERE"]),
    (60, ["ID", "NAME", "WHERE"]),
    (40, ["ID", "NAME"]),
  ])
  func columnsThatDoNotFitAreDroppedLeastUsefulFirst(width: Int, titles: [String]) {
    let columns = SourceRows.columns(width: width, snapshots: false)
    #expect(columns.map(\.title) == titles)
    #expect(columns.reduce(0) { $0 + $1.width } + columns.count - 1 <= width)
  }

  @Test func sharedImagesSayShared() {
    let item = Fixtures.item(3, name: "partner", owner: "210987654321")
    let columns = SourceRows.columns(width: 78, snapshots: false)
    #expect(
      SourceRows.line(item, columns: columns)
        == "ami-00000000000000003 partner                available no  shared us-east-1   ")
    #expect(SourceRows.details(item).first { $0.label == "Owner" }?.value == "210987654321 (shared with me)")
  }

  @Test func whereSaysLocalZoneWithItsRegion() {
    let item = SourceItem(
      .image(Fixtures.image(5, name: "edge", zone: "us-east-1-bos-1a")), callerAccount: "111122223333")
    #expect(item.sourceSpec == SourceSpec(id: "ami-00000000000000005", localZone: "us-east-1-bos-1a"))
    #expect(
      SourceRows.details(item).first { $0.label == "Lives in" }?.value
        == "Local Zone us-east-1-bos-1a (Region us-east-1)")
  }

  // MARK: - Destination rows

  @Test func unsupportedRoutesCarryTheRulesReason() {
    let source = Fixtures.item(1, name: "web")
    let rows = DestinationRows.build(catalog: Fixtures.catalog, source: source, resource: .image)
    #expect(rows.map(\.name) == ["eu-west-1", "me-south-1", "us-east-1", "us-east-1-bos-1a"])
    #expect(rows.map(\.supported) == [true, false, true, true])
    #expect(rows[1].reasons.first?.contains("me-south-1") == true)
  }

  @Test(arguments: [
    ("us-east-1", "aws"), ("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov"), ("us-isob-east-1", "aws-iso-b"),
  ])
  func partitionsFollowTheRegionPrefix(region: String, partition: String) {
    #expect(DestinationRows.partition(of: region) == partition)
  }

  // MARK: - Formatting

  @Test(arguments: [(0, "0"), (999, "999"), (1200, "1,200"), (100_000, "100,000"), (-4200, "-4,200")])
  func countsAreGrouped(value: Int, text: String) {
    #expect(Format.count(value) == text)
  }

  @Test func apiValuesReadLikeTheCLIShorthand() {
    let tags = APIValue.list([
      .structure([
        "ResourceType": .string("image"), "Tags": .list([.structure(["Key": .string("a"), "Value": .string("b")])]),
      ])
    ])
    #expect(
      APIText.lines(["Name": .string("x"), "TagSpecifications": tags, "Encrypted": .boolean(true)]) == [
        "Encrypted = true", "Name = x", "TagSpecifications = [{ResourceType=image, Tags=[{Key=a, Value=b}]}]",
      ])
  }

  // MARK: - Text editing

  @Test func textInputEditsLikeAShellPrompt() {
    var input = TextInput("hello world")
    let handled = input.apply(.control("w"))
    #expect(handled)
    #expect(input.text == "hello ")
    _ = input.apply(.home)
    _ = input.apply(.character(">"))
    #expect(input.text == ">hello ")
    #expect(input.cursor == 1)
    _ = input.apply(.delete)
    #expect(input.text == ">ello ")
    let enter = input.apply(.enter)
    #expect(enter == false)
  }
}

@Suite struct ThroughputTests {
  @Test(
    arguments: [(8, 15, "9.1 MiB/s"), (720, 60, "204.8 MiB/s"), (0, 15, nil), (8, 0, nil)] as [(Int, Int, String?)])
  func timeBasedCopiesShowTheThroughputTheyNeed(size: Int, minutes: Int, expected: String?) {
    #expect(Format.throughput(sizeGiB: size, minutes: minutes) == expected)
  }

  @Test func theFormShowsItUnderTheDuration() {
    var state = Fixtures.optionsState()
    state.options.focus = .duration
    for character in "60" { _ = update(&state, .key(.character(character))) }
    let lines = OptionsView.lines(state, width: 80).map(\.text)
    #expect(lines.contains { $0.contains("≈ 2.3 MiB/s to copy 8 GiB in 60 min") })
  }
}

@Suite struct WideTextTests {
  @Test(arguments: [("web", 5, "web  "), ("サーバー名前", 7, "サーバ…"), ("サーバー名前", 8, "サーバ… "), ("abcdefgh", 4, "abc…")])
  func padsAndCutsByColumnsNotCharacters(text: String, width: Int, expected: String) {
    #expect(Format.pad(text, width) == expected)
  }
}
