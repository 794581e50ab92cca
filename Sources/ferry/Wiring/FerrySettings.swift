import AWSClient
import FerryCore
import FerryRules
import Foundation

/// ferry's own settings file.
///
/// It is `config` in ferry's configuration directory (`$XDG_CONFIG_HOME/ferry/config`), in the INI dialect
/// of `~/.aws/config` (read by the same parser):
///
///     [journal]
///     retention = 30d
///
/// A missing file means the defaults; an unreadable or malformed one is an error naming the file and the key.
enum FerrySettings {
  /// How long finished copies stay in the live journal: `--journal-retention`, else the file's
  /// `[journal] retention`, else `JournalRetention.standard` (30 days).
  static func journalRetention(flag: String?, environment: [String: String]) throws -> JournalRetention {
    // GlobalOptions.validate has refused a flag that is not a duration.
    if let flag, let age = Durations.parse(flag) { return JournalRetention(age: age) }
    guard let directory = try? FerryDirectories.config(environment: environment) else { return .standard }
    let path = directory + "/config"
    guard FileManager.default.fileExists(atPath: path) else { return .standard }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandError(.otherError, "cannot read ferry's settings file \(path)")
    }
    let sections = try ConfigFileParser.parse(String(decoding: data, as: UTF8.self), path: path)
    guard let text = sections.last(where: { $0.header == "journal" })?.values["retention"] else { return .standard }
    guard let age = Durations.parse(text) else {
      throw CommandError(
        .otherError, "\(path): [journal] retention: expected a duration such as 30d or 12h, not \"\(text)\"")
    }
    return JournalRetention(age: age)
  }
}
