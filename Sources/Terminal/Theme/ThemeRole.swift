/// A named job a style does on screen; a theme gives each role one `Style`.
///
/// Views ask for roles, never for colours, so that the light, high-contrast and monochrome themes
/// (and a user's own) restyle everything. Raw values are the names used in theme files.
public enum ThemeRole: String, Sendable, CaseIterable, Hashable {
  case text, dim
  /// The top bar; `headerSandbox` replaces it when the account is the simulated one.
  case header, headerSandbox
  case border, borderFocused, title, tableHeader
  case selection, selectionInactive
  case error, warning, info, ok
  case progress, progressTrack
  /// A key in the footer or help screen, and the words after it.
  case keyHint, keyLabel
  case input, inputCursor, placeholder, disabled
}
