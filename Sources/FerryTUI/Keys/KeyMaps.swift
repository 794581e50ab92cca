import Terminal

/// Every key binding of the TUI, by screen: the one table the footer and the `?` help are drawn from.
public enum KeyMaps {
  public static let global = ScreenKeys(
    "Everywhere",
    [
      ScreenKey([.character("?"), .function(1)], "?", "help", help: "Show this help (F1 works inside text fields)"),
      ScreenKey([.character(":")], ":", "command", help: "Command line: region, profile, theme, status, quit"),
      ScreenKey([.escape], "esc", "back", help: "Go back one screen, or close what is open"),
      ScreenKey(
        [.character("1"), .character("2"), .character("3"), .character("4"), .character("5")], "1-5", "screens",
        help: "Jump to Source, Destination, Options, Review, Status", footer: false),
      ScreenKey(
        [.character("q"), .control("c")], "q", "quit", help: "Quit (asks first when the form has unsaved edits)"),
      ScreenKey([.control("z")], "ctrl-z", "suspend", help: "Suspend to the shell (fg to resume)", footer: false),
    ])

  public static let navigation = ScreenKeys(
    "Lists",
    [
      ScreenKey(
        [.up, .down, .character("j"), .character("k")], "↑↓/jk", "move", help: "Move up and down", footer: false),
      ScreenKey(
        [.character("g"), .character("G"), .home, .end], "g/G", "top/bottom", help: "First or last row", footer: false),
      ScreenKey(
        [.control("d"), .control("u"), .pageDown, .pageUp], "ctrl-d/u", "page", help: "Half a page down or up",
        footer: false),
    ])

  public static let source = ScreenKeys(
    "Source",
    [
      ScreenKey([.enter], "enter", "pick", help: "Copy this AMI or snapshot"),
      ScreenKey([.character("/")], "/", "filter", help: "Filter by id, name, description or tag"),
      ScreenKey(
        [.tab, .character("i"), .character("s")], "tab", "AMIs/snapshots",
        help: "Switch between AMIs (i) and snapshots (s)"),
      ScreenKey([.character("d")], "d", "details", help: "Show or hide the details panel"),
      ScreenKey([.character("r")], "r", "reload", help: "Reload the list", footer: false),
    ])

  public static let destination = ScreenKeys(
    "Destination",
    [
      ScreenKey([.enter], "enter", "pick", help: "Copy to this Region, Local Zone or Outpost (✗ rows say why not)"),
      ScreenKey([.character("r")], "r", "reload", help: "Reload the places", footer: false),
    ])

  public static let options = ScreenKeys(
    "Options",
    [
      ScreenKey([.tab, .down, .up, .backTab], "tab/↑↓", "field", help: "Next or previous field"),
      ScreenKey([.character(" ")], "space", "toggle", help: "Toggle a checkbox; open the key picker"),
      ScreenKey(
        [.character("a"), .character("x"), .character("t")], "a/x/t", "tags",
        help: "On Tags: add, delete, switch image/snapshot"),
      ScreenKey([.control("g")], "ctrl-g", "review", help: "Go to the review"),
    ])

  public static let review = ScreenKeys(
    "Review",
    [
      ScreenKey([.enter], "enter", "submit", help: "Submit the copy (refused while an error stands)"),
      ScreenKey([.character("w")], "w", "save JSON", help: "Save the request document to a file for a runbook"),
      ScreenKey([.character("p")], "p", "preflight", help: "Run the preflight checks again"),
    ])

  public static let status = ScreenKeys(
    "Status",
    [
      ScreenKey([.character("x")], "x", "cancel copy", help: "Cancel the selected copy (asks first)"),
      ScreenKey([.character("r")], "r", "refresh", help: "Refresh now"),
    ])

  /// The sections that apply on `screen`, most specific first.
  public static func sections(for screen: AppState.Screen) -> [ScreenKeys] {
    let specific: ScreenKeys
    switch screen {
    case .source: specific = source
    case .destination: specific = destination
    case .options: specific = options
    case .review: specific = review
    case .status: specific = status
    }
    let lists: [ScreenKeys] = screen == .options || screen == .review ? [] : [navigation]
    return [specific] + lists + [global]
  }

  /// Every section, for the full help screen.
  public static let all: [ScreenKeys] = [global, navigation, source, destination, options, review, status]
}
