extension Key {
  /// How the key is written in the footer and help screen: `↑`, `Enter`, `Ctrl-W`, `F5`, `q`.
  ///
  /// With `unicode: false` arrows are spelled out (`Up`), for terminals without UTF-8.
  public func name(unicode: Bool = true) -> String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-" + letter.uppercased()
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .up: unicode ? "↑" : "Up"
    case .down: unicode ? "↓" : "Down"
    case .left: unicode ? "←" : "Left"
    case .right: unicode ? "→" : "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .function(let number): "F\(number)"
    case .resize: "resize"
    }
  }
}
