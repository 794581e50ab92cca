import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

@testable import FerryTUI

/// After a submit the form is done; the same copy again asks first; a refusal says refused; another
/// source starts a fresh form whose earlier choices are offered, not applied.
@Suite struct SubmitOnceTests {
  /// The options state at the review, preflight passed, with the key and a tag set.
  private func reviewed() -> (AppState, APICall) {
    var state = Fixtures.optionsState()
    state.options.encrypted = true
    state.options.kmsKeyId = "alias/backup"
    state.options.tags = [.init(resource: .image, key: "team", value: "core")]
    state.replan()
    let commands = update(&state, .key(.control("g")))
    guard case .preflight(let input)? = commands.first else {
      Issue.record("no preflight: \(commands)")
      return (state, APICall(operation: .copyImage, region: "x", parameters: [:]))
    }
    _ = update(&state, .preflight(call: input.call, []))
    return (state, input.call)
  }

  private func record(_ call: APICall, phase: CopyPhase, id: String = "cp-000000000001") -> CopyRecord {
    var record = CopyRecord(
      id: id, createdAt: Fixtures.now, call: call, destination: "Region eu-west-1", sourceId: "ami-1",
      sourceRegion: "us-east-1", clientToken: "token-\(id)", phase: phase)
    record.resourceId = phase == .rejected ? nil : "ami-0fedcba9876543210"
    record.reason = phase == .rejected ? "The AMI name is already in use (InvalidAMIName.Duplicate)" : nil
    return record
  }

  @Test func aSentCopyEndsTheForm() {
    var (state, call) = reviewed()
    #expect(update(&state, .key(.enter)).count == 1)
    _ = update(&state, .submitted(.success(record(call, phase: .submitted))))
    #expect(state.screen == .status)
    #expect(
      state.notice?.text.hasPrefix("Sent cp-000000000001: CopyImage ami-0fedcba9876543210 → Region eu-west-1.") == true)
    #expect(state.destination.chosen == nil && state.request == nil)
    #expect(state.options.kmsKeyId == nil && state.options.tags.isEmpty && !state.options.dirty)
    // Going back to the review finds nothing to send.
    _ = update(&state, .key(.character("4")))
    #expect(state.screen != .review || update(&state, .key(.enter)).isEmpty)
  }

  @Test func aRefusedCopySaysRefusedAndKeepsTheForm() {
    var (state, call) = reviewed()
    _ = update(&state, .key(.enter))
    _ = update(&state, .submitted(.success(record(call, phase: .rejected))))
    #expect(state.notice?.level == .error)
    #expect(state.notice?.text.hasPrefix("Refused by EC2 (cp-000000000001): The AMI name is already in use") == true)
    #expect(state.screen == .review)
    #expect(state.options.kmsKeyId == "alias/backup")
  }

  @Test func theSameCopyInFlightIsNamedAndAskedAboutFirst() {
    var (state, call) = reviewed()
    // Another ferry already copies exactly this (its own token, so its own tag).
    var twinCall = call
    twinCall.parameters["ClientToken"] = .string("another-token")
    _ = update(&state, .journal(marker: "m", .success([record(twinCall, phase: .pending, id: "cp-0000000000aa")])))
    #expect(update(&state, .key(.enter)) == [])
    #expect(state.review.confirmDuplicate == "cp-0000000000aa")
    #expect(
      AppView.lines(state).contains {
        $0.contains("cp-0000000000aa already copies this (copying). Send a second copy? (y/N)")
      })
    #expect(update(&state, .key(.character("n"))) == [])
    #expect(state.notice?.text == "Not sent: cp-0000000000aa already copies this.")
    _ = update(&state, .key(.enter))
    let sent = update(&state, .key(.character("y")))
    #expect(sent.count == 1)
    if case .submit? = sent.first {} else { Issue.record("expected a submit, got \(sent)") }
  }

  @Test func aFinishedTwinOrAnotherDestinationDoesNotAsk() {
    var (state, call) = reviewed()
    var elsewhere = call
    elsewhere.region = "us-west-2"
    _ = update(
      &state,
      .journal(
        marker: "m",
        .success([
          record(call, phase: .available, id: "cp-0000000000bb"),
          record(elsewhere, phase: .pending, id: "cp-0000000000cc"),
        ])))
    #expect(update(&state, .key(.enter)).count == 1)
  }

  @Test func anotherSourceStartsAFreshFormAndOffersTheLastChoices() {
    var state = Fixtures.loadedState([Fixtures.item(1, name: "web-server"), Fixtures.item(2, name: "db")])
    _ = update(&state, .key(.enter))
    _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
    state.options.kmsKeyId = "alias/backup"
    state.options.encrypted = true
    state.options.tags = [.init(resource: .image, key: "team", value: "core")]
    // Back to the sources, the other AMI.
    _ = update(&state, .key(.character("1")))
    _ = update(&state, .key(.down))
    _ = update(&state, .key(.enter))
    #expect(state.source.chosen?.name == "db")
    #expect(state.options.kmsKeyId == nil && state.options.tags.isEmpty && state.options.name.text == "db")
    #expect(state.options.lastChoices != nil)
    state.screen = .options
    _ = update(&state, .key(.control("r")))
    #expect(state.options.kmsKeyId == "alias/backup" && state.options.tags.count == 1)
    #expect(state.notice?.text == "Applied the last choices: encrypted, KMS key alias/backup, 1 tag.")
  }

  @Test func imageTagsAreLeftOutForASnapshot() throws {
    var form = OptionsState()
    form.tags = [.init(resource: .image, key: "a", value: "1"), .init(resource: .snapshot, key: "b", value: "2")]
    let last = try #require(LastChoices(form))
    var fresh = OptionsState()
    let words = last.apply(to: &fresh, resource: .snapshot)
    #expect(fresh.tags.map(\.key) == ["b"])
    #expect(words == "Applied the last choices: 1 tag. Left out: AMI tags (a snapshot copy has none).")
  }
}
