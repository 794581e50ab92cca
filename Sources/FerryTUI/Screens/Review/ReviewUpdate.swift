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

  static func handle(_ key: Key, _ state: inout AppState) -> [Command] {
    if let path = state.review.confirmOverwrite { return confirmKey(key, path: path, &state) }
    if state.review.savePath != nil { return savePromptKey(key, &state) }
    switch key {
    case .enter, .character("S"):
      return submit(&state)
    case .character("w"):
      let id = state.source.chosen?.id ?? "request"
      state.review.savePath = TextInput("ferry-request-\(id).json")
    case .character("p"):
      state.review.preflightFor = nil
      return preflightIfNeeded(&state)
    case .down, .character("j"):
      state.review.scroll += 1
    case .up, .character("k"):
      state.review.scroll = max(0, state.review.scroll - 1)
    default:
      break
    }
    return []
  }

  /// Submits, unless an error stands: then says which.
  static func submit(_ state: inout AppState) -> [Command] {
    guard let request = state.request else { return [] }
    let errors = state.options.errors + state.review.preflight.filter { $0.severity == .error }
    if !errors.isEmpty {
      let fields = errors.map(\.field).uniqued().joined(separator: ", ")
      state.notice = .error(
        "Can't submit: \(errors.count) error\(errors.count == 1 ? "" : "s") (\(fields)). First: \(errors[0].message)")
      return []
    }
    guard let call = state.options.plan?.call else { return [] }
    guard !state.review.submitting else { return [] }
    state.review.submitting = true
    state.notice = .info("Submitting \(call.operation.rawValue) to \(call.region)…")
    return [.submit(request, catalog: state.places ?? Catalog(), facts: state.facts)]
  }

  private static func savePromptKey(_ key: Key, _ state: inout AppState) -> [Command] {
    switch key {
    case .escape:
      state.review.savePath = nil
    case .enter:
      guard let path = state.review.savePath?.text, !path.isEmpty, let document = requestDocument(state) else {
        return []
      }
      state.review.savePath = nil
      return [.save(path: path, contents: document, overwrite: false)]
    default:
      _ = state.review.savePath?.apply(key)
    }
    return []
  }

  private static func confirmKey(_ key: Key, path: String, _ state: inout AppState) -> [Command] {
    state.review.confirmOverwrite = nil
    guard key == .character("y"), let document = requestDocument(state) else {
      state.notice = .info("Not saved: \(path) left as it was.")
      return []
    }
    return [.save(path: path, contents: document, overwrite: true)]
  }

  /// The request document as JSON (the contract's keys, sorted so files diff well).
  static func requestDocument(_ state: AppState) -> String? {
    guard let request = state.request else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(request) else { return nil }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
