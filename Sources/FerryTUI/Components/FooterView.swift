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
  static func bindings(_ state: AppState) -> [KeyBinding] {
    if case .welcome = state.mode {
      return [KeyBinding([.character("s")], "s", "open the sandbox"), KeyBinding([.character("q")], "q", "quit")]
    }
    if let overlay = state.overlay {
      switch overlay {
      case .help: return [KeyBinding([.escape], "any key", "close help")]
      case .commandLine: return [KeyBinding([.tab], "tab", "complete"), KeyBinding([.enter], "enter", "run"), KeyBinding([.escape], "esc", "cancel")]
      case .confirmQuit: return [KeyBinding([.character("y")], "y", "quit and lose edits"), KeyBinding([.escape], "any key", "stay")]
      }
    }
    if state.screen == .source, state.source.filtering {
      return [KeyBinding([.enter], "enter", "keep filter"), KeyBinding([.escape], "esc", "clear filter"), KeyBinding([.up], "↑↓", "move")]
    }
    if state.screen == .options, state.options.tagEdit != nil {
      return [KeyBinding([.tab], "tab", "key/value"), KeyBinding([.enter], "enter", "next/save"), KeyBinding([.control("t")], "ctrl-t", "image/snapshot"), KeyBinding([.escape], "esc", "cancel")]
    }
    if state.screen == .options, state.options.picker != nil {
      return [KeyBinding([.enter], "enter", "use key"), KeyBinding([.escape], "esc", "close"), KeyBinding([.character("r")], "r", "reload")]
    }
    if state.screen == .options, state.options.focus.isText {
      // Letters are typed into the field here, so only keys that cannot be typed are offered.
      return [
        KeyBinding([.tab], "tab/↑↓", "field"), KeyBinding([.control("g")], "ctrl-g", "review"),
        KeyBinding([.function(1)], "F1", "help"), KeyBinding([.escape], "esc", "back"),
      ]
    }
    return KeyMaps.sections(for: state.screen).flatMap(\.bindings).filter(\.inFooter)
  }
}
