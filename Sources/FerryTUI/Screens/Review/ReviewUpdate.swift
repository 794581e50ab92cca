import FerryCore
import FerryRules
import Foundation
import Terminal

/// Keys on the review screen: submit, save the request document, re-run preflight, scroll.
enum ReviewUpdate {
  /// Opens the review and starts the preflight checks for the call as it stands.
  static func open(_ state: inout AppState) -> [Command] {
    state.screen = .review
    state.review.scroll = 0
    return preflightIfNeeded(&state)
  }

  static func preflightIfNeeded(_ state: inout AppState) -> [Command] {
    if !state.options.fanOutPlans.isEmpty { return preflightFanOutIfNeeded(&state) }
    guard let call = state.options.plan?.call, let source = state.source.chosen else { return [] }
    guard state.review.preflightFor != call else { return [] }
    state.review.preflightFor = call
    state.review.preflight = []
    state.review.preflightRunning = true
    let input = PreflightInput(
      call: call, sourceRegion: source.region, sourceKeyIds: source.snapshotKeyIds,
      imageName: source.resource == .image ? state.options.name.text : nil)
    return [.preflight(input)]
  }

  /// A fan-out's preflight: every copy's checks (once all are valid), each copy's findings naming its place.
  private static func preflightFanOutIfNeeded(_ state: inout AppState) -> [Command] {
    let plans = state.options.fanOutPlans
    let calls = plans.compactMap(\.call)
    guard calls.count == plans.count, calls != state.review.fanOutPreflightFor else { return [] }
    state.review.preflightFor = calls.first
    state.review.fanOutPreflightFor = calls
    state.review.preflight = []
    state.review.preflightRunning = true
    return [.preflightFanOut(plans, facts: state.facts)]
  }

  static func perform(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    if let path = state.review.confirmOverwrite {
      state.review.confirmOverwrite = nil
      guard action == .confirm, let save = saveCommand(path: path, overwrite: true, state) else {
        state.notice = .info("Not saved: \(path) left as it was.")
        return []
      }
      return [save]
    }
    if let twin = state.review.confirmDuplicate {
      state.review.confirmDuplicate = nil
      guard action == .confirm else {
        state.notice = .info("Not sent: \(twin) already copies this.")
        return []
      }
      return submit(&state, secondCopy: true)
    }
    if state.review.savePath != nil { return savePromptAction(action, key: key, &state) }
    switch action {
    case .submit:
      return submit(&state)
    case .saveRequest:
      let id = state.source.chosen?.id ?? "request"
      state.review.savePath = TextInput("ferry-request-\(id).json")
    case .copyCommand:
      return copyCommands(&state)
    case .preflight:
      state.review.preflightFor = nil
      state.review.fanOutPreflightFor = []
      return preflightIfNeeded(&state)
    case .scroll(let delta):
      state.review.scroll = max(0, state.review.scroll + delta)
    default:
      break
    }
    return []
  }

  /// Submits (the key map has already refused it, with the reason, while an error stands) — after
  /// asking, when the same copy is already in flight (`secondCopy` says the operator said yes).
  static func submit(_ state: inout AppState, secondCopy: Bool = false) -> [Command] {
    guard ReviewKeys.submitRefusal(state) == nil, let request = state.request, let call = state.options.plan?.call
    else { return [] }
    // A fan-out asks when any of its calls is in flight already.
    let calls = state.options.fanOutPlans.isEmpty ? [call] : state.options.fanOutPlans.compactMap(\.call)
    if !secondCopy,
      let twin = state.status.copies.first(where: { copy in
        !copy.phase.isFinal && calls.contains { sameCopy(copy.call, $0) }
      })
    {
      state.review.confirmDuplicate = twin.id
      return []
    }
    state.review.submitting = true
    if request.destinations != nil {
      state.notice = .info("Submitting \(state.options.fanOutPlans.count) copies…")
      return [.submitFanOut(request, catalog: state.places ?? Catalog(), facts: state.facts)]
    }
    state.notice = .info("Submitting \(call.operation.rawValue) to \(call.region)…")
    return [.submit(request, catalog: state.places ?? Catalog(), facts: state.facts)]
  }

  /// Whether two calls copy the same source to the same place with the same parameters: the same
  /// call but for its ClientToken (and the `ferry:client-token` tag that carries it for snapshots).
  ///
  /// Pure.
  static func sameCopy(_ a: APICall, _ b: APICall) -> Bool {
    func withoutToken(_ call: APICall) -> APICall {
      var call = call
      call.parameters["ClientToken"] = nil
      call.parameters["TagSpecifications"] = call.parameters["TagSpecifications"].flatMap(
        ClientTokenTag.removed(fromSpecifications:))
      return call
    }
    return withoutToken(a) == withoutToken(b)
  }

  private static func savePromptAction(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    switch action {
    case .decline:
      state.review.savePath = nil
    case .confirm:
      guard let path = state.review.savePath?.text, !path.isEmpty,
        let save = saveCommand(path: path, overwrite: false, state)
      else { return [] }
      state.review.savePath = nil
      return [save]
    case .edit:
      _ = state.review.savePath?.apply(key)
    default:
      break
    }
    return []
  }

  /// The `aws` command(s) the review shows, one line each (none while the request has errors).
  static func awsCommands(_ state: AppState) -> [String] {
    let plans = state.options.fanOutPlans.isEmpty ? [state.options.plan].compactMap { $0 } : state.options.fanOutPlans
    guard !plans.isEmpty, plans.allSatisfy(\.valid) else { return [] }
    return plans.compactMap(\.cli)
  }

  /// `y`: the commands onto the terminal's clipboard, and a notice saying so.
  private static func copyCommands(_ state: inout AppState) -> [Command] {
    let commands = awsCommands(state)
    let text = CommandText.clipboard(commands)
    guard Clipboard.osc52(text) != nil else {
      state.notice = .warning("The aws command is too long for the terminal's clipboard; w saves it as a .sh script.")
      return []
    }
    let what = commands.count == 1 ? "the aws command" : "\(commands.count) aws commands, one a line,"
    state.notice = .info(
      "Copied \(what) to the terminal's clipboard (OSC 52; in tmux it needs set -g set-clipboard on).")
    return [.copyToClipboard(text)]
  }

  /// What saving to `path` writes: the aws command(s) as a script for a `.sh` path, else the request document.
  static func saveCommand(path: String, overwrite: Bool, _ state: AppState) -> Command? {
    if path.hasSuffix(".sh") {
      let commands = awsCommands(state)
      guard !commands.isEmpty, let source = state.source.chosen, let destination = state.destination.chosen else {
        return nil
      }
      let fanOut = state.destination.fanOut.map(\.name).joined(separator: ", ")
      let about =
        fanOut.isEmpty
        ? "Copy \(source.id) (\(source.region)) to \(destination.kind.rawValue) \(destination.name)."
        : "Copy \(source.id) (\(source.region)) to \(fanOut)."
      return .saveScript(path: path, contents: CommandText.script(commands, about: about), overwrite: overwrite)
    }
    return requestDocument(state).map { .save(path: path, contents: $0, overwrite: overwrite) }
  }

  /// The request document as the contract writes it (`CopyRequest.document`): what `ferry plan FILE`
  /// and `ferry copy FILE` read.
  static func requestDocument(_ state: AppState) -> String? {
    state.request.map { $0.document.prettyText + "\n" }
  }
}
