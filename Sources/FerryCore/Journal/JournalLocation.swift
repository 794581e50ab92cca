import FerryRules
import Foundation

/// Where the journal lives: `journal.json` in ferry's state directory (`FerryDirectories`:
/// `$XDG_STATE_HOME/ferry/journal.json`, or `~/.local/state/ferry/journal.json`).
public enum JournalLocation {
  /// The journal file for this environment; throws when neither `XDG_STATE_HOME` nor `HOME` is usable.
  public static func url(environment: [String: String]) throws(FerryDirectoryError) -> URL {
    URL(fileURLWithPath: try FerryDirectories.state(environment: environment)).appendingPathComponent("journal.json")
  }
}
