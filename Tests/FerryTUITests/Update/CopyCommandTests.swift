import FerryCore
import FerryRules
import Foundation
import Sandbox
import Terminal
import Testing

@testable import FerryTUI

/// The review's `aws` command: wrapped without breaking a word, copied with `y` (OSC 52), saved as a script.
@Suite struct CopyCommandTests {
  private let command =
    "aws ec2 copy-image --region 'eu-west-1' --source-region 'us-east-1' --name 'web server (copy)' "
    + "--tag-specifications '[{\"ResourceType\":\"image\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"core it'\\''s\"}]}]'"

  private func review() -> AppState {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("g")))
    return state
  }

  @Test func wordsKeepTheirQuotingAndTheirSpaces() {
    let words = CommandText.words(command)
    #expect(words.count == 11)
    #expect(words[8] == "'web server (copy)'")
    #expect(words[10].hasPrefix("'[{\"ResourceType\""))
    #expect(words[10].hasSuffix("it'\\''s\"}]}]'"))
  }

  /// Every word of `command` is whole on one row, or (too wide for a row) on rows of its own that join back
  /// into it exactly; no row is wider than `width`.
  private func expectWordsIntact(
    _ rows: [String], of command: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(rows.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)", sourceLocation: sourceLocation)
    var rest = rows[...]
    for word in CommandText.words(command) {
      if let row = rest.firstIndex(where: { CommandText.words($0).contains(word) }) {
        rest = rest[row...]
        continue
      }
      guard let start = rest.firstIndex(where: { !$0.isEmpty && word.hasPrefix($0) }) else {
        Issue.record("\(word) is neither whole nor on rows of its own at width \(width): \(rows)")
        return
      }
      var joined = ""
      var index = start
      while joined.count < word.count, index < rest.endIndex {
        joined += rest[index]
        index += 1
      }
      #expect(joined == word, "width \(width)", sourceLocation: sourceLocation)
      rest = rest[index...]
    }
  }

  @Test func rowsBreakOnlyBetweenWordsAndAddNothingInsideOne() {
    for width in [20, 33, 40, 58, 78, 120] {
      expectWordsIntact(CommandText.rows(command, width: width, lead: 2, indent: 4), of: command, width: width)
    }
    #expect(CommandText.rows(command, width: 200, lead: 2) == ["  " + command])
  }

  @Test func theReviewShowsTheCommandWithoutAnIndentInsideAWord() throws {
    let state = review()
    let cli = try #require(state.options.plan?.cli)
    for width in [38, 58, 78] {
      let rows = ReviewView.lines(state, width: width).map(\.text)
      let start = try #require(rows.firstIndex(of: "Equivalent AWS CLI command:"))
      let commandRows = Array(rows[(start + 1)...].prefix { !$0.hasPrefix("  y copies") })
      expectWordsIntact(commandRows, of: cli, width: width)
    }
  }

  @Test func yCopiesTheCommandAsOneLineThroughTheClipboardAndSaysSo() {
    var state = review()
    let cli = try! #require(state.options.plan?.cli)
    let commands = update(&state, .key(.character("y")))
    #expect(commands == [.copyToClipboard(cli + "\n")])
    #expect(!cli.contains("\n"))
    #expect(state.notice?.text.hasPrefix("Copied the aws command to the terminal's clipboard (OSC 52") == true)
  }

  @Test func yIsRefusedWithTheReasonWhileTheRequestHasErrors() {
    var state = review()
    state.screen = .options
    _ = update(&state, .key(.control("u")))
    _ = update(&state, .key(.character("x")))
    state.screen = .review
    #expect(update(&state, .key(.character("y"))) == [])
    #expect(state.notice?.text.hasPrefix("Can't copy aws:") == true)
  }

  @Test func osc52CarriesTheTextInBase64AndRefusesWhatTerminalsCannotTake() throws {
    let sequence = try #require(Clipboard.osc52("aws ec2 copy-image\n"))
    #expect(sequence.hasPrefix("\u{1B}]52;c;"))
    #expect(sequence.hasSuffix("\u{07}"))
    let payload = sequence.dropFirst(7).dropLast()
    #expect(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } == "aws ec2 copy-image\n")
    #expect(Clipboard.osc52(String(repeating: "a", count: Clipboard.maximumBytes + 1)) == nil)
  }

  @Test func aShPathSavesAnExecutableScriptThatStopsAtTheFirstFailure() async throws {
    var state = review()
    let cli = try #require(state.options.plan?.cli)
    _ = update(&state, .key(.character("w")))
    _ = update(&state, .key(.control("u")))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-sh-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("copy.sh").path
    for character in path { _ = update(&state, .key(.character(character))) }
    let commands = update(&state, .key(.enter))
    guard case .saveScript(path, let contents, false)? = commands.first else {
      Issue.record("expected a script save, got \(commands)")
      return
    }
    let lines = contents.split(separator: "\n").map(String.init)
    #expect(lines.first == "#!/usr/bin/env bash")
    #expect(lines.contains("set -euo pipefail"))
    #expect(lines.last == cli)

    let account = SandboxAccount(directory: nil, now: { Fixtures.now })
    let runner = EffectRunner(
      account: account, desk: CopyDesk(account: account, journal: InMemoryJournal()), pageSize: 5)
    let result = await runner.run(commands[0], callerAccount: nil)
    #expect(result == .saved(.success(.written(path))))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o755)
    _ = update(&state, try #require(result))
    #expect(state.notice == .info("Saved the aws command as an executable script: \(path)."))
  }
}
