extension Key {
  /// How the key is written in the footer and help screen: `↑`, `enter`, `ctrl-w`, `F5`, `q`.
  ///
  /// Lower case like the footer's words, so `enter pick` reads as one phrase. With `unicode: false`
  /// arrows are spelled out (`up`), for terminals without UTF-8.
  public func name(unicode: Bool = true) -> String {
    switch self {
    case .character(" "): "space"
    case .character(let character): String(character)
    case .control(let letter): "ctrl-" + letter.lowercased()
    case .enter: "enter"
    case .escape: "esc"
    case .tab: "tab"
    case .backTab: "shift-tab"
    case .backspace: "backspace"
    case .delete: "del"
    case .up: unicode ? "↑" : "up"
    case .down: unicode ? "↓" : "down"
    case .left: unicode ? "←" : "left"
    case .right: unicode ? "→" : "right"
    case .home: "home"
    case .end: "end"
    case .pageUp: "pgup"
    case .pageDown: "pgdn"
    case .function(let number): "F\(number)"
    case .resize: "resize"
    }
  }
}
