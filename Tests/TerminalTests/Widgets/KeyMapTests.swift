import Terminal
import Testing

@Suite struct KeyMapTests {
  private enum Action: Hashable, Sendable { case up, down, copy, help, quit }

  private let keyMap = KeyMap<Action>([
    KeyBinding(.up, keys: [.up, .character("k")], label: "up", help: "move up", group: "Navigation"),
    KeyBinding(
      .down, keys: [.down, .character("j")], label: "down", help: "move down", group: "Navigation",
      showsInFooter: false),
    KeyBinding(.copy, keys: [.character("c")], label: "copy", help: "start the copy", group: "Copy"),
    KeyBinding(.help, keys: [.character("?")], label: "help", group: "General"),
    KeyBinding(.quit, keys: [.character("q"), .control("c")], label: "quit", group: "General"),
  ])

  // MARK: - lookup

  @Test func keysFindTheirActionUnlessDisabled() {
    #expect(keyMap.action(for: .character("k")) == .up)
    #expect(keyMap.action(for: .control("c")) == .quit)
    #expect(keyMap.action(for: .character("x")) == nil)
    let disabled = keyMap.disabling(.copy, because: "fix the 2 fields marked in red")
    #expect(disabled.action(for: .character("c")) == nil)
    #expect(disabled.binding(for: .character("c"))?.disabledReason == "fix the 2 fields marked in red")
    #expect(disabled.disabling(.copy, because: nil).action(for: .character("c")) == .copy)
  }

  @Test func groupsKeepFirstSeenOrderAndConflictsAreFound() {
    #expect(keyMap.groups.map(\.name) == ["Navigation", "Copy", "General"])
    #expect(keyMap.groups[0].bindings.map(\.action) == [.up, .down])
    #expect(keyMap.conflictingKeys.isEmpty)
    var clashing = keyMap
    clashing.bindings.append(KeyBinding(.help, keys: [.character("k")], label: "x", group: "G"))
    #expect(clashing.conflictingKeys == [.character("k")])
  }

  // MARK: - footer

  @Test func footerListsFooterBindingsAndDropsWholeHintsThatDoNotFit() {
    let disabled = keyMap.disabling(.copy, because: "not ready")
    let grid = render(KeyHints(keyMap: disabled), width: 30, height: 1)
    assertLines(grid, ["↑ up  c copy  ? help  q quit  "])
    #expect(grid[0, 0].style == Theme.default[.keyHint])
    #expect(grid[6, 0].style == Theme.default[.disabled])
    assertLines(render(KeyHints(keyMap: keyMap), width: 12, height: 1), ["↑ up  c copy"])
    assertLines(render(KeyHints(keyMap: keyMap), width: 11, height: 1), ["↑ up       "])
  }

  @Test func asciiFooterSpellsArrowsOut() {
    let grid = render(KeyHints(keyMap: keyMap), width: 20, height: 1, theme: Theme.default.with(glyphs: .ascii))
    assertLines(grid, ["up up  c copy       "])
  }

  // MARK: - help screen

  @Test func helpScreenListsEveryBindingByGroupWithReasons() {
    let help = HelpView(keyMap: keyMap.disabling(.copy, because: "not ready"))
    let grid = render(help, width: 44, height: 11)
    assertLines(
      grid,
      [
        "Navigation                                  ",
        "  ↑/k       move up                         ",
        "  ↓/j       move down                       ",
        "                                            ",
        "Copy                                        ",
        "  c         start the copy (disabled: not   ",  // a reason wraps under its sentence, never cut
        "            ready)                          ",
        "                                            ",
        "General                                     ",
        "  ?         help                            ",
        "  q/ctrl-c  quit                            ",
      ])
    #expect(grid[0, 0].style == Theme.default[.title])
    #expect(grid[2, 5].style == Theme.default[.disabled])
  }

  @Test func helpScreenScrolls() {
    let help = HelpView(keyMap: keyMap, scroll: 8)
    #expect(help.rows().count == 10)
    assertLines(render(help, width: 16, height: 3), ["  ?         help", "  q/ctrl-c  quit", "                "])
  }
}
