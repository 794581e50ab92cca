import Foundation
import Terminal
import Testing

@testable import FerryTUI

/// With a locale that is not UTF-8 the ncurses backend draws each cell's `ASCIIStandIn`: the screens
/// must still read well, and every character FerryTUI writes literally must have a stand-in.
@Suite struct ASCIIScreenTests {
  /// The lines as an ASCII-only terminal shows them (the backend's mapping, cell by cell).
  private func asciiLines(_ state: AppState) -> [String] {
    var state = state
    state.theme = state.theme.with(glyphs: .ascii)
    var grid = CellGrid(width: state.width, height: state.height)
    _ = AppView.render(state, into: &grid)
    return (0..<grid.height).map { y in
      (0..<grid.width).map { x in
        let cell = grid[x, y]
        return cell.isContinuation ? " " : ASCIIStandIn.cell(cell.text)
      }.joined()
    }
  }

  // MARK: - Screens

  @Test func theDestinationListReadsInASCII() {
    let lines = asciiLines(ViewStates.destination())
    #expect(lines[0] == " ferry | 111122223333 | ops | us-east-1             SANDBOX - simulated account ")
    #expect(lines[2] == "  Copy ami-00000000000000001 to~                                                ")
    #expect(lines[3] == "> + Region     eu-west-1              partition aws                             ")
    #expect(lines[4] == "  x Region     me-south-1             The Region me-south-1 is not enabled for ~")
    #expect(lines[6] == "  + Local Zone us-east-1-bos-1a       us-east-1 > us-east-1-bos-1   opted in    ")
    #expect(lines.allSatisfy { $0.utf8.allSatisfy { (0x20..<0x7F).contains($0) } })
  }

  @Test func theOptionsFormReadsInASCII() {
    let lines = asciiLines(ViewStates.optionsWithBadName())
    #expect(lines.contains { $0.hasPrefix("> Name             x") })
    #expect(lines.contains { $0.hasPrefix("  [ Review > ]  ") })
    #expect(lines.allSatisfy { $0.utf8.allSatisfy { (0x20..<0x7F).contains($0) } })
  }

  @Test func theTooSmallNoteReadsInASCII() {
    var state = ViewStates.source(width: 80, height: 24)
    _ = update(&state, .resize(width: 20, height: 6))
    #expect(asciiLines(state)[2] == " to at least 60x16  ")
  }

  // MARK: - Every literal has a stand-in

  /// Scans FerryTUI's string literals for characters outside ASCII: each needs a stand-in that is
  /// not the `?` of last resort, or a screen would show `?` on a C locale.
  @Test func everyCharacterFerryTUIWritesHasAStandIn() throws {
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/FerryTUI")
    let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    #expect(files.count > 40)
    var found = Set<Character>()
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        // The parts between double quotes; comments after code are outside them.
        for (index, part) in line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
        where index % 2 == 1 {
          found.formUnion(part.filter { !$0.isASCII })
        }
      }
    }
    #expect(found.contains("✗") && found.contains("—"), "the scan finds the literals")
    let missing = found.filter { ASCIIStandIn.cell(String($0)) == "?" }
    #expect(missing.isEmpty, "no ASCII stand-in for \(missing.sorted())")
  }
}
