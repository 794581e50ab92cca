import Terminal

/// The bottom line: the keys of the current screen, generated from the key map.
enum FooterView {
  static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
    canvas.clear(rect)
    var x = rect.x + 1
    for binding in bindings(state) {
      let width = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(binding.short) + 2
      guard x + width <= rect.maxX else { break }
      x += canvas.text(binding.label, x: x, y: rect.y, binding.disabledReason == nil ? .keyHint : .disabled, clip: rect)
      x += canvas.text(" " + binding.short + "  ", x: x, y: rect.y, .keyLabel, clip: rect)
    }
  }

  /// The bindings the footer shows for the state, most specific first.
  static func bindings(_ state: AppState) -> [ScreenKey] {
    if case .welcome = state.mode {
      return [ScreenKey([.character("s")], "s", "open the sandbox"), ScreenKey([.character("q")], "q", "quit")]
    }
    if let overlay = state.overlay {
      switch overlay {
      case .help: return [ScreenKey([.escape], "any key", "close help")]
      case .commandLine:
        return [
          ScreenKey([.tab], "tab", "complete"), ScreenKey([.enter], "enter", "run"),
          ScreenKey([.escape], "esc", "cancel"),
        ]
      case .confirmQuit:
        return [ScreenKey([.character("y")], "y", "quit and lose edits"), ScreenKey([.escape], "any key", "stay")]
      }
    }
    if state.screen == .source, state.source.filtering {
      return [
        ScreenKey([.enter], "enter", "keep filter"), ScreenKey([.escape], "esc", "clear filter"),
        ScreenKey([.up], "↑↓", "move"),
      ]
    }
    if state.screen == .options, state.options.tagEdit != nil {
      return [
        ScreenKey([.tab], "tab", "key/value"), ScreenKey([.enter], "enter", "next/save"),
        ScreenKey([.control("t")], "ctrl-t", "image/snapshot"), ScreenKey([.escape], "esc", "cancel"),
      ]
    }
    if state.screen == .options, state.options.picker != nil {
      return [
        ScreenKey([.enter], "enter", "use key"), ScreenKey([.escape], "esc", "close"),
        ScreenKey([.character("r")], "r", "reload"),
      ]
    }
    if state.screen == .options, state.options.focus.isText {
      // Letters are typed into the field here, so only keys that cannot be typed are offered.
      return [
        ScreenKey([.tab], "tab/↑↓", "field"), ScreenKey([.control("g")], "ctrl-g", "review"),
        ScreenKey([.function(1)], "F1", "help"), ScreenKey([.escape], "esc", "back"),
      ]
    }
    return KeyMaps.sections(for: state.screen).flatMap(\.bindings).filter(\.inFooter)
  }
}
