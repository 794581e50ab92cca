import Terminal

/// The no-credentials screen's keys: open the sandbox, or quit.
enum WelcomeKeys {
  static func bindings(_ state: AppState) -> [KeyMaps.Binding] {
    var available = false
    if case .welcome(let info) = state.mode { available = info.sandboxAvailable }
    return [
      KeyMaps.Binding(
        .useSandbox, keys: [.character("s")], label: "open the sandbox",
        help: "Try ferry on the built-in simulated account", group: "Welcome",
        disabledReason: available ? nil : "this build has no sandbox"),
      KeyMaps.Binding(
        .quit, keys: [.character("q"), .escape, .control("c")], label: "quit", help: "Quit",
        group: "Welcome"),
    ]
  }
}
