import Terminal

/// The key map of every context: the one table key handling, the footer and the `?` help use.
///
/// `map(for:)` builds the current context's `KeyMap` from the state (disabling, with the reason,
/// what cannot act now); `update` looks every key up in it and runs the action found. Bindings
/// come most specific first; a key already bound earlier is dropped from later bindings, so the
/// help never lists a key that does something else here. Pure.
public enum KeyMaps {
  public typealias Binding = KeyBinding<ScreenAction>

  /// The map of the state's context (`overlays: false`: of what is under the overlay).
  public static func map(for state: AppState, overlays: Bool = true) -> KeyMap<ScreenAction> {
    map(KeyContext.of(state, overlays: overlays), state)
  }

  static func map(_ context: KeyContext, _ state: AppState) -> KeyMap<ScreenAction> {
    switch context {
    case .welcome: compose(WelcomeKeys.bindings(state), [suspend])
    case .help: compose(helpOverlay, [suspend])
    case .commandLine: compose(commandLine, editing, [suspend])
    case .confirmQuit: compose(question(yes: "quit and lose edits", no: "stay"), [suspend])
    case .source: compose(SourceKeys.bindings(state), lists, global(state))
    case .destination: compose(DestinationKeys.bindings(state), lists, global(state))
    case .filter: compose(filter, textGlobal, editing)
    case .options(let field):
      compose(OptionsKeys.bindings(field, state), field.isText ? textGlobal + editing : global(state))
    case .keyPicker: compose(OptionsKeys.picker(state), lists, global(state))
    case .tagEditor: compose(OptionsKeys.tagEditor(state), textGlobal, editing)
    case .review: compose(ReviewKeys.bindings(state), global(state))
    case .savePrompt: compose(ReviewKeys.savePrompt, textGlobal, editing)
    case .confirmOverwrite: compose(question(yes: "overwrite the file", no: "keep the file"), [suspend])
    case .confirmDuplicate: compose(question(yes: "send a second copy", no: "do not send"), [suspend])
    case .status: compose(StatusKeys.bindings(state), lists, global(state))
    case .confirmCancel: compose(question(yes: "cancel the copy", no: "leave it running"), [suspend])
    }
  }

  /// Joins groups of bindings, dropping keys bound earlier (and bindings left without keys).
  static func compose(_ groups: [Binding]...) -> KeyMap<ScreenAction> {
    var taken = Set<Key>()
    var bindings: [Binding] = []
    for var binding in groups.joined() {
      binding.keys = binding.keys.filter { !taken.contains($0) }
      guard !binding.keys.isEmpty else { continue }
      taken.formUnion(binding.keys)
      bindings.append(binding)
    }
    return KeyMap(bindings)
  }

  // MARK: - Shared groups

  static let suspend = Binding(
    .suspend, keys: [.control("z")], label: "suspend", help: "Suspend to the shell (fg resumes)", group: "Everywhere",
    showsInFooter: false)

  /// Keys that work on every screen when no text has the keyboard.
  static func global(_ state: AppState) -> [Binding] {
    var bindings = [
      Binding(
        .help, keys: [.character("?"), .function(1)], label: "help", help: "Show the keys of this screen",
        group: "Everywhere"),
      Binding(
        .commandLine, keys: [.character(":")], label: "command",
        help: "Command line: region, profile, theme, draft, a screen's name, quit", group: "Everywhere"),
      Binding(
        .back, keys: [.escape], label: "back", help: "Go back one screen (on a list: clear its filter)",
        group: "Everywhere"),
    ]
    for (number, screen) in AppState.Screen.allCases.enumerated() {
      bindings.append(
        Binding(
          .go(screen), keys: [.character(Character(String(number + 1)))], label: "go to \(screen.title)",
          help: "Go to \(screen.title)", group: "Everywhere", disabledReason: goRefusal(screen, state),
          showsInFooter: false))
    }
    bindings.append(
      Binding(
        .quit, keys: [.character("q"), .control("c")], label: "quit",
        help: "Quit (asks first when the form has unsaved edits)", group: "Everywhere"))
    bindings.append(suspend)
    return bindings
  }

  /// What still works while a text has the keyboard (letters are typed, not taken as commands).
  static let textGlobal = [
    Binding(.help, keys: [.function(1)], label: "help", help: "Show the keys of this field", group: "Everywhere"),
    suspend,
  ]

  /// List movements; the footer leaves them out (every list moves the same way).
  static let lists = [
    Binding(
      .move(.up), keys: [.up, .character("k")], label: "up", help: "Move up", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.down), keys: [.down, .character("j")], label: "down", help: "Move down", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.top), keys: [.character("g"), .home], label: "top", help: "First row", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.bottom), keys: [.character("G"), .end], label: "bottom", help: "Last row", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.halfPageDown), keys: [.control("d")], label: "half page", help: "Half a page down",
      group: "Lists", showsInFooter: false),
    Binding(
      .move(.halfPageUp), keys: [.control("u")], label: "half page up", help: "Half a page up", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.pageDown), keys: [.pageDown], label: "page", help: "A page down", group: "Lists",
      showsInFooter: false),
    Binding(
      .move(.pageUp), keys: [.pageUp], label: "page up", help: "A page up", group: "Lists",
      showsInFooter: false),
  ]

  /// The editing keys of every text field and prompt (`TextInput`); other characters are typed.
  static let editing = [
    Binding(
      .edit, keys: [.left, .right], label: "cursor", help: "Move the cursor", group: "Editing",
      showsInFooter: false),
    Binding(
      .edit, keys: [.home, .control("a"), .end, .control("e")], label: "start/end",
      help: "To the start or the end", group: "Editing", showsInFooter: false),
    Binding(
      .edit, keys: [.backspace, .delete], label: "delete", help: "Delete before or under the cursor",
      group: "Editing", showsInFooter: false),
    Binding(
      .edit, keys: [.control("w")], label: "word", help: "Delete the word before the cursor", group: "Editing",
      showsInFooter: false),
    Binding(
      .edit, keys: [.control("u"), .control("k")], label: "line",
      help: "Delete to the start (ctrl-u) or the end (ctrl-k)", group: "Editing", showsInFooter: false),
  ]

  /// The `/` filter of a list while it is typed.
  static let filter = [
    Binding(
      .keepFilter, keys: [.enter], label: "keep filter", help: "Keep the filter and use the list",
      group: "Filter"),
    Binding(.clearFilter, keys: [.escape], label: "clear filter", help: "Clear the filter", group: "Filter"),
    Binding(
      .recallFilter, keys: [.control("p")], label: "last query",
      help: "Bring back the query this one replaced (again to swap back)", group: "Filter"),
    Binding(.move(.up), keys: [.up], label: "up", help: "Move up in what matches", group: "Filter"),
    Binding(.move(.down), keys: [.down], label: "down", help: "Move down in what matches", group: "Filter"),
    Binding(
      .move(.pageUp), keys: [.pageUp], label: "page up", help: "A page up", group: "Filter",
      showsInFooter: false),
    Binding(
      .move(.pageDown), keys: [.pageDown], label: "page", help: "A page down", group: "Filter",
      showsInFooter: false),
  ]

  static let helpOverlay = [
    Binding(.scrollHelp(1), keys: [.down, .character("j")], label: "scroll", help: "Scroll down", group: "Help"),
    Binding(
      .scrollHelp(-1), keys: [.up, .character("k")], label: "up", help: "Scroll up", group: "Help",
      showsInFooter: false),
    Binding(
      .closeHelp, keys: [.escape, .character("q"), .character("?")], label: "close",
      help: "Close the help (any other key too)", group: "Help"),
  ]

  static let commandLine = [
    Binding(
      .complete, keys: [.tab], label: "complete", help: "Complete the command or theme name",
      group: "Command line"),
    Binding(.runCommand, keys: [.enter], label: "run", help: "Run the command", group: "Command line"),
    Binding(.decline, keys: [.escape], label: "cancel", help: "Close the command line", group: "Command line"),
  ]

  /// A y/N question: y is yes, n or esc (or any other key) is no.
  static func question(yes: String, no: String) -> [Binding] {
    [
      Binding(.confirm, keys: [.character("y")], label: yes, help: "Yes: " + yes, group: "Question"),
      Binding(
        .decline, keys: [.character("n"), .escape], label: no, help: "No: \(no) (any other key too)",
        group: "Question"),
    ]
  }

  /// The `:` commands, for the help's appendix.
  static let commands = HelpView<ScreenAction>.Section(
    "Command line",
    [
      (":region R", "List sources in Region R"), (":profile P", "Switch to profile P"),
      (":theme T", "Theme: " + CommandLineParser.themeNames.joined(separator: ", ")),
      (":draft", "Restore the request kept when a session ended; :draft discard deletes it"),
      (":source … :status", "Go to a screen"), (":q", "Quit"),
    ])

  // MARK: - Why a global key cannot act

  static func goRefusal(_ screen: AppState.Screen, _ state: AppState) -> String? {
    switch screen {
    case .destination where state.source.chosen == nil: "pick a source first (enter on an AMI or snapshot)"
    case .options where state.destination.chosen == nil, .review where state.destination.chosen == nil:
      "pick a source and a destination first"
    default: nil
    }
  }
}

extension AppState.Screen {
  /// The screen's name on its tab and in the help.
  public var title: String {
    switch self {
    case .source: "Source"
    case .destination: "Destination"
    case .options: "Options"
    case .review: "Review"
    case .status: "Status"
    }
  }
}
