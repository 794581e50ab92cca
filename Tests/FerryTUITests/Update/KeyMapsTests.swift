import FerryRules
import Terminal
import Testing

@testable import FerryTUI

/// The one key map per context: what the footer and help show is what `update` does.
@Suite struct KeyMapsTests {
  // MARK: - One table per context

  @Test func noContextBindsAKeyTwice() {
    var options = Fixtures.optionsState()
    var states = [Fixtures.loadedState([Fixtures.item(1, name: "a")]), ViewStates.destination(), options]
    for field in OptionsState.Field.allCases {
      options.options.focus = field
      states.append(options)
    }
    options.options.focus = .tags
    _ = update(&options, .key(.character("a")))
    states.append(options)
    states.append(ViewStates.status())
    for state in states {
      #expect(KeyMaps.map(for: state).conflictingKeys == [], "\(KeyContext.of(state))")
    }
  }

  @Test(arguments: [
    (KeyContext.source, true), (.filter(.source), false), (.options(.name), false), (.options(.encrypted), true),
  ])
  func lettersAreCommandsOnlyWhereNoTextHasTheKeyboard(context: KeyContext, commands: Bool) {
    let map = KeyMaps.map(context, Fixtures.optionsState())
    #expect((map.action(for: .character("q")) == .quit) == commands)
    #expect(context.typesText == !commands)
  }

  @Test func theFooterShowsTheFirstKeyOfEachFooterBinding() {
    let state = Fixtures.loadedState([Fixtures.item(1, name: "a")])
    let footer = AppView.lines(state)[23]
    for binding in KeyMaps.map(for: state).footer.prefix(4) {
      #expect(footer.contains("\(binding.keys[0].name()) \(binding.label)"))
    }
  }

  // MARK: - Disabled keys say why

  @Test func submitIsDisabledWithTheErrorsAsTheReasonInHelpAndNotice() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.control("u")))
    _ = update(&state, .key(.control("g")))
    let binding = KeyMaps.map(for: state).binding(for: .enter)
    #expect(binding?.action == .submit)
    #expect(binding?.disabledReason?.hasPrefix("1 error (name). First: ") == true)
    let help = HelpOverlay.view(state).rows().map(\.text)
    #expect(help.contains { $0.contains("Submit the copy (disabled: 1 error (name).") })
    #expect(update(&state, .key(.enter)) == [])
    #expect(state.notice?.text.hasPrefix("Can't submit: 1 error (name).") == true)
  }

  @Test func numberKeysToScreensThatNeedAPickAreDisabled() {
    let state = Fixtures.loadedState([Fixtures.item(1, name: "a")])
    let map = KeyMaps.map(for: state)
    #expect(map.action(for: .character("1")) == .go(.source))
    #expect(map.action(for: .character("2")) == nil)
    #expect(map.binding(for: .character("2"))?.disabledReason == "pick a source first (enter on an AMI or snapshot)")
    #expect(map.action(for: .character("5")) == .go(.status))
  }

  @Test func aFinishedCopyCannotBeCancelled() {
    var state = ViewStates.status()
    #expect(KeyMaps.map(for: state).action(for: .character("x")) == .cancelCopy)
    _ = update(&state, .key(.down))
    #expect(
      KeyMaps.map(for: state).binding(for: .character("x"))?.disabledReason == "ami-0badbadbadbadbad0 already failed")
  }

  // MARK: - Text contexts

  @Test func inATextFieldLettersAreTypedAndF1StillOpensHelp() {
    var state = Fixtures.optionsState()
    _ = update(&state, .key(.character("q")))
    #expect(state.options.name.text == "web-serverq")
    #expect(state.overlay == nil)
    _ = update(&state, .key(.function(1)))
    #expect(state.overlay == .help(scroll: 0))
    let help = HelpOverlay.view(state).rows().map(\.text)
    #expect(help.contains { $0.contains("ctrl-w") && $0.contains("Delete the word before the cursor") })
    #expect(!help.contains { $0.contains(":region R") })
  }
}
