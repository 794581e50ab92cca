import Terminal
import Testing

/// The CLI's text tables, drawn by the TUI's `Table` widget.
@Suite struct TextTableTests {
  @Test func columnsAlignAndTheWidestGivesWayFirst() {
    let table = TextTable(
      header: ["ID", "NAME", "STATE"],
      rows: [["ami-1", "a-very-long-image-name-that-goes-on", "available"], ["ami-22", "short", "pending"]])
    #expect(
      table.lines(width: nil) == [
        "ID      NAME                                 STATE",
        "ami-1   a-very-long-image-name-that-goes-on  available",
        "ami-22  short                                pending",
      ])
    #expect(
      table.lines(width: 32) == [
        "ID      NAME           STATE",
        "ami-1   a-very-long-…  available",
        "ami-22  short          pending",
      ])
  }

  /// A wide character takes two columns: the next column starts at the same place on every line.
  @Test func wideCharactersKeepColumnsAligned() {
    let table = TextTable(header: ["NAME", "STATE"], rows: [["日本語", "available"], ["web", "pending"], ["", "x"]])
    let lines = table.lines(width: nil)
    #expect(lines == ["NAME    STATE", "日本語  available", "web     pending", "        x"])
    // Cut by display columns: a wide character that would straddle the cut is left out, with the ellipsis.
    let narrow = TextTable(header: ["N", "S"], rows: [["日本語日本語日本語", "ok"]])
    narrow.lines(width: 12).forEach { #expect(DisplayWidth.of($0) <= 12) }
    #expect(narrow.lines(width: 12)[1] == "日本語…   ok")
  }

  /// An id is never cut (a cut id is a wrong id): the columns named to go first are left out, then the
  /// others cut; a table of ids alone may run past the width, for the terminal to wrap.
  @Test func idsStayWholeAndTheLeastUsefulColumnsGoFirst() {
    let table = TextTable(
      header: ["ID", "NAME", "OWNER", "WHERE"],
      rows: [["ami-0c7e5d1a9b3f20007", "legacy-billing-2024-03-02", "123456789012", "us-east-1"]],
      whole: ["ID"], dropOrder: ["OWNER"])
    #expect(table.lines(width: nil)[1] == "ami-0c7e5d1a9b3f20007  legacy-billing-2024-03-02  123456789012  us-east-1")
    #expect(table.lines(width: 62)[1] == "ami-0c7e5d1a9b3f20007  legacy-billing-2024-03-02  us-east-1")
    #expect(table.lines(width: 50)[1] == "ami-0c7e5d1a9b3f20007  legacy-billing-…  us-east-1")
    #expect(table.lines(width: 20)[1] == "ami-0c7e5d1a9b3f20007  legacy-…  us-east…")
    #expect(table.lines(width: 20)[0] == "ID                     NAME      WHERE")
  }

  @Test func aShortRowLeavesItsMissingCellsBlank() {
    #expect(TextTable(header: ["A", "B"], rows: [["1"]]).lines(width: nil) == ["A  B", "1"])
  }
}
