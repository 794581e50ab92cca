/// What has the keyboard right now: a screen, a prompt on it, or an overlay over it.
///
/// Pure function of the state. The key map and the dispatch of an action both start from it, so a
/// key means one thing in one context.
public enum KeyContext: Sendable, Equatable {
  case welcome
  case help
  case commandLine
  case confirmQuit
  case source
  case destination
  /// The `/` filter of the source or destination list is being typed.
  case filter(AppState.Screen)
  case options(OptionsState.Field)
  case keyPicker
  case tagEditor
  case review
  case savePrompt
  case confirmOverwrite
  case confirmDuplicate
  case status
  case confirmCancel

  /// The context of `state`; `overlays: false` looks under the overlay (what help describes).
  public static func of(_ state: AppState, overlays: Bool = true) -> KeyContext {
    if case .welcome = state.mode { return .welcome }
    if overlays, let overlay = state.overlay {
      switch overlay {
      case .help: return .help
      case .commandLine: return .commandLine
      case .confirmQuit: return .confirmQuit
      }
    }
    switch state.screen {
    case .source: return state.source.filter.editing ? .filter(.source) : .source
    case .destination: return state.destination.filter.editing ? .filter(.destination) : .destination
    case .options:
      if state.options.picker != nil { return .keyPicker }
      if state.options.tagEdit != nil { return .tagEditor }
      return .options(state.options.focus)
    case .review:
      if state.review.confirmOverwrite != nil { return .confirmOverwrite }
      if state.review.confirmDuplicate != nil { return .confirmDuplicate }
      return state.review.savePath != nil ? .savePrompt : .review
    case .status: return state.status.confirmCancel != nil ? .confirmCancel : .status
    }
  }

  /// True while letters are typed into a text rather than taken as commands.
  public var typesText: Bool {
    switch self {
    case .commandLine, .filter, .tagEditor, .savePrompt: true
    case .options(let field): field.isText
    default: false
    }
  }

  /// What an unbound key does here: types (text), closes (help), or answers no (questions).
  var fallback: ScreenAction? {
    if typesText { return .edit }
    switch self {
    case .help: return .closeHelp
    case .confirmQuit, .confirmOverwrite, .confirmDuplicate, .confirmCancel: return .decline
    default: return nil
    }
  }
}
