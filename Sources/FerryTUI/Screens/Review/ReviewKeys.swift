import FerryCore
import Terminal

/// The review's keys: submit (refused, with the reason, while an error stands), save, preflight, scroll.
enum ReviewKeys {
  typealias Binding = KeyMaps.Binding

  static func bindings(_ state: AppState) -> [Binding] {
    [
      Binding(
        .submit, keys: [.enter, .character("S")], label: "submit", help: "Submit the copy", group: "Review",
        disabledReason: submitRefusal(state)),
      Binding(
        .saveRequest, keys: [.character("w")], label: "save JSON",
        help: "Save the request document (.json) or the aws command as a script (.sh)", group: "Review",
        disabledReason: state.request == nil ? "no request yet" : nil),
      Binding(
        .copyCommand, keys: [.character("y")], label: "copy aws",
        help: "Copy the aws command to the terminal's clipboard (OSC 52; in tmux: set -g set-clipboard on)",
        group: "Review", disabledReason: ReviewUpdate.awsCommands(state).isEmpty ? "the request has errors" : nil),
      Binding(
        .preflight, keys: [.character("p")], label: "preflight", help: "Run the preflight checks again",
        group: "Review", disabledReason: state.options.plan?.call == nil ? "the request has errors" : nil),
      Binding(
        .scroll(1), keys: [.down, .character("j")], label: "scroll", help: "Scroll down", group: "Review",
        showsInFooter: false),
      Binding(
        .scroll(-1), keys: [.up, .character("k")], label: "scroll up", help: "Scroll up", group: "Review",
        showsInFooter: false),
    ]
  }

  static let savePrompt = [
    Binding(.confirm, keys: [.enter], label: "save", help: "Save to this path", group: "Save request"),
    Binding(.decline, keys: [.escape], label: "cancel", help: "Do not save", group: "Save request"),
  ]

  /// Why submit is refused: the errors (rules, form and preflight), or a submit already running.
  static func submitRefusal(_ state: AppState) -> String? {
    let errors = state.options.errors + state.review.preflight.filter { $0.severity == .error }
    if !errors.isEmpty {
      let fields = errors.map(\.field).uniqued().joined(separator: ", ")
      return "\(errors.count) error\(errors.count == 1 ? "" : "s") (\(fields)). First: \(errors[0].message)"
    }
    if state.request == nil { return "pick a source and a destination first" }
    return state.review.submitting ? "a submit is running" : nil
  }
}
