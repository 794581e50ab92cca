import FerryRules
import Terminal
import Testing

@testable import FerryTUI

@Suite struct ReviewUpdateTests {
  private func review() -> AppState {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("g")))
    return state
  }

  // MARK: - Saving the request document

  @Test func wAsksForAPathThenSavesWithoutOverwriting() {
    var state = review()
    _ = update(&state, .key(.character("w")))
    #expect(state.review.savePath?.text == "ferry-request-ami-00000000000000001.json")
    _ = update(&state, .key(.control("u")))
    for character in "/tmp/r.json" { _ = update(&state, .key(.character(character))) }
    let commands = update(&state, .key(.enter))
    guard case .save(let path, let contents, let overwrite)? = commands.first else {
      Issue.record("expected a save, got \(commands)")
      return
    }
    #expect(path == "/tmp/r.json")
    #expect(overwrite == false)
    #expect(contents == ReviewUpdate.requestDocument(state))
    #expect(state.review.savePath == nil)
  }

  @Test func anExistingFileIsOverwrittenOnlyAfterY() {
    var state = review()
    _ = update(&state, .saved(.success(.exists("/tmp/r.json"))))
    #expect(AppView.lines(state)[22].hasPrefix("/tmp/r.json exists. Overwrite it? (y/N)"))
    let commands = update(&state, .key(.character("y")))
    guard case .save(_, _, let overwrite)? = commands.first else {
      Issue.record("expected a save, got \(commands)")
      return
    }
    #expect(overwrite)
    _ = update(&state, .saved(.success(.exists("/tmp/r.json"))))
    #expect(update(&state, .key(.character("n"))) == [])
    #expect(state.notice == .info("Not saved: /tmp/r.json left as it was."))
  }

  @Test func aSavedRequestIsNoLongerUnsavedWork() {
    var state = review()
    state.options.dirty = true
    _ = update(&state, .saved(.success(.written("/tmp/r.json"))))
    #expect(state.hasUnsavedWork == false)
    #expect(state.notice == .info("Saved the request to /tmp/r.json."))
  }

  // MARK: - What the review shows

  @Test func theReviewListsTheCallTheFindingsAndTheCLI() {
    let lines = ReviewView.lines(review(), width: 78).map(\.text)
    #expect(lines.first == "CopyImage sent to the eu-west-1 endpoint")
    #expect(lines.contains("  Name = web-server"))
    #expect(lines.contains("  SourceImageId = ami-00000000000000001"))
    #expect(lines.contains { $0.hasPrefix("Findings: no errors") })
    #expect(lines.contains { $0.contains("preflight: dry run, KMS keys") })
    #expect(lines.contains("Equivalent AWS CLI command:"))
    #expect(lines.contains { $0.hasPrefix("  aws ec2 copy-image --region eu-west-1") })
  }

  @Test func staleOrForeignPreflightResultsAreIgnored() {
    var state = review()
    let other = APICall(operation: .copyImage, region: "us-west-2", parameters: [:])
    _ = update(&state, .preflight(call: other, [Finding(severity: .error, field: "dryRun", rule: "x", message: "no")]))
    #expect(state.review.preflight.isEmpty)
    #expect(state.review.preflightRunning)
  }
}
