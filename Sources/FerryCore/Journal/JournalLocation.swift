import Foundation

/// Where the journal lives: `$XDG_STATE_HOME/ferry/journal.json`, or `~/.local/state/ferry/journal.json`.
///
/// Follows the XDG Base Directory Specification
/// (https://specifications.freedesktop.org/basedir-spec/latest/): a relative `XDG_STATE_HOME` is
/// invalid and ignored. The environment is a parameter, never read here.
public enum JournalLocation {
  /// The journal file for this environment; `nil` when neither `XDG_STATE_HOME` nor `HOME` is usable.
  public static func url(environment: [String: String]) -> URL? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("ferry/journal.json")
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return URL(fileURLWithPath: home).appendingPathComponent(".local/state/ferry/journal.json")
    }
    return nil
  }
}
