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

  static func perform(_ action: ScreenAction, key: Key, _ state: inout AppState) -> [Command] {
    if let path = state.review.confirmOverwrite {
      state.review.confirmOverwrite = nil
      guard action == .confirm, let document = requestDocument(state) else {
        state.notice = .info("Not saved: \(path) left as it was.")
        return []
      }
      return [.save(path: path, contents: document, overwrite: true)]
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
    case .preflight:
      state.review.preflightFor = nil
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
    if !secondCopy, let twin = state.status.copies.first(where: { !$0.phase.isFinal && sameCopy($0.call, call) }) {
      state.review.confirmDuplicate = twin.id
      return []
    }
    state.review.submitting = true
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
      guard let path = state.review.savePath?.text, !path.isEmpty, let document = requestDocument(state) else {
        return []
      }
      state.review.savePath = nil
      return [.save(path: path, contents: document, overwrite: false)]
    case .edit:
      _ = state.review.savePath?.apply(key)
    default:
      break
    }
    return []
  }

  /// The request document as the contract writes it (`CopyRequest.document`): what `ferry plan FILE`
  /// and `ferry copy FILE` read.
  static func requestDocument(_ state: AppState) -> String? {
    state.request.map { $0.document.prettyText + "\n" }
  }
}
