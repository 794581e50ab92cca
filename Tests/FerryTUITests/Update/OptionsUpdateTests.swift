import FerryCloud
import FerryRules
import Terminal
import Testing

@testable import FerryTUI

@Suite struct OptionsUpdateTests {
  // MARK: - Live validation

  @Test func everyKeystrokeReplansAndTheNameFieldShowsItsError() {
    var state = Fixtures.optionsState()
    #expect(state.screen == .options)
    #expect(state.options.findings(for: .name).isEmpty)
    _ = update(&state, .key(.control("u")))
    _ = update(&state, .key(.character("x")))
    let errors = state.options.findings(for: .name).filter { $0.severity == .error }
    #expect(errors.map(\.rule) == ["name-length"])
    #expect(state.options.dirty)
    for character in "yz" { _ = update(&state, .key(.character(character))) }
    #expect(state.options.findings(for: .name).isEmpty)
  }

  @Test func aDurationThatIsNotANumberIsAnErrorOnThatField() {
    var state = Fixtures.optionsState()
    state.options.focus = .duration
    for character in "ab" { _ = update(&state, .key(.character(character))) }
    #expect(state.options.findings(for: .duration).map(\.rule) == ["duration-not-a-number"])
  }

  @Test func submitIsRefusedWhileAnErrorStandsAndSaysWhich() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("u")))
    _ = update(&state, .key(.control("g")))
    #expect(state.screen == .review)
    let commands = update(&state, .key(.enter))
    #expect(commands == [])
    #expect(state.notice?.level == .error)
    #expect(state.notice?.text.hasPrefix("Can't submit: 1 error (name).") == true)
  }

  @Test func aValidRequestOpensTheReviewWithPreflightThenSubmits() {
    var state = Fixtures.optionsState()
    let review = update(&state, .key(.control("g")))
    guard case .preflight(let input)? = review.first else {
      Issue.record("expected a preflight, got \(review)")
      return
    }
    #expect(input.call.operation == .copyImage)
    #expect(input.call.region == "eu-west-1")
    #expect(input.imageName == "web-server")
    _ = update(&state, .preflight(call: input.call, []))
    let submit = update(&state, .key(.enter))
    #expect(submit.count == 1)
    if case .submit(let request, _, _)? = submit.first {
      #expect(request.name == "web-server")
      #expect(request.destination == DestinationSpec(region: "eu-west-1"))
    } else {
      Issue.record("expected a submit, got \(submit)")
    }
  }

  @Test func aPreflightErrorAlsoBlocksSubmit() {
    var state = Fixtures.optionsState()
    let review = update(&state, .key(.control("g")))
    guard case .preflight(let input)? = review.first else { return }
    let taken = Finding(severity: .error, field: "name", rule: "preflight-name-taken", message: "taken")
    _ = update(&state, .preflight(call: input.call, [taken]))
    #expect(update(&state, .key(.enter)) == [])
    #expect(state.notice?.text.contains("(name)") == true)
  }

  // MARK: - KMS key picker

  @Test func asymmetricAndDisabledKeysAreShownButRefused() {
    var state = Fixtures.optionsState()
    state.options.focus = .kmsKey
    // The keys were asked for when the destination was picked, so opening the picker waits for them.
    #expect(state.kmsKeys["eu-west-1"] == .loading)
    #expect(update(&state, .key(.enter)) == [])
    #expect(state.options.picker == KeyPicker(region: "eu-west-1"))
    let keys = [
      KMSKey(keyId: "k-rsa", arn: "arn:k-rsa", aliases: ["alias/signing"], keySpec: "RSA_2048"),
      KMSKey(keyId: "k-off", arn: "arn:k-off", aliases: ["alias/old"], keyState: "Disabled"),
      KMSKey(keyId: "k-ok", arn: "arn:k-ok", aliases: ["alias/backup"]),
    ]
    _ = update(&state, .kmsKeys(region: "eu-west-1", .success(keys)))
    _ = update(&state, .key(.down))
    _ = update(&state, .key(.enter))
    #expect(state.options.kmsKeyId == nil)
    #expect(
      state.notice?.text == "Can't use key: RSA_2048 is asymmetric: EBS encrypts only with symmetric keys.")
    _ = update(&state, .key(.down))
    _ = update(&state, .key(.enter))
    #expect(state.notice?.text == "Can't use key: The key is Disabled, not Enabled.")
    _ = update(&state, .key(.down))
    _ = update(&state, .key(.enter))
    #expect(state.options.kmsKeyId == "alias/backup")
    #expect(state.options.encrypted)
    #expect(state.options.picker == nil)
  }

  // MARK: - Tags

  @Test func tagsAreAddedEditedAndDeleted() {
    var state = Fixtures.optionsState()
    state.options.focus = .tags
    _ = update(&state, .key(.character("a")))
    for character in "team" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.enter))
    for character in "core" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.enter))
    #expect(state.options.tags == [.init(resource: .image, key: "team", value: "core")])
    _ = update(&state, .key(.character("t")))
    #expect(state.options.tags.first?.resource == .snapshot)
    #expect(state.request?.tags == TagSets(image: nil, snapshot: [Tag(key: "team", value: "core")]))
    _ = update(&state, .key(.character("x")))
    #expect(state.options.tags.isEmpty)
  }

  @Test func aReservedTagKeyShowsUnderTags() {
    var state = Fixtures.optionsState()
    state.options.focus = .tags
    _ = update(&state, .key(.character("a")))
    for character in "aws:x" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.enter))
    _ = update(&state, .key(.enter))
    #expect(state.options.findings(for: .tags).contains { $0.severity == .error })
  }

  // MARK: - Work survives navigation

  @Test func theFormSurvivesGoingBackAndForth() {
    var state = Fixtures.optionsState()
    for character in "-v2" { _ = update(&state, .key(.character(character))) }
    _ = update(&state, .key(.escape))
    #expect(state.screen == .destination)
    _ = update(&state, .key(.escape))
    #expect(state.screen == .source)
    _ = update(&state, .key(.character("3")))
    #expect(state.screen == .options)
    #expect(state.options.name.text == "web-server-v2")
  }

  @Test func quittingWithUnsavedEditsAsksFirst() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.character("!")))
    _ = update(&state, .key(.escape))
    #expect(update(&state, .key(.character("q"))) == [])
    #expect(state.overlay == .confirmQuit)
    #expect(update(&state, .key(.character("n"))) == [])
    #expect(state.overlay == nil)
    _ = update(&state, .key(.character("q")))
    #expect(update(&state, .key(.character("y"))) == [.quit])
  }

  @Test func quittingWithoutEditsDoesNotAsk() {
    var state = Fixtures.loadedState([])
    #expect(update(&state, .key(.character("q"))) == [.quit])
  }
}
