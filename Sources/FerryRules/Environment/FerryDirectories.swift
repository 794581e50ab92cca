/// ferry's own directories, placed as the XDG Base Directory specification says
/// (https://specifications.freedesktop.org/basedir-spec/latest/).
///
/// The one resolver for every module: the journal, drafts, the sandbox's state and the `--debug` log live
/// under `state`; themes under `config`. Only an absolute `XDG_*` value counts (the specification calls a
/// relative one invalid); otherwise `$HOME/.local/state` or `$HOME/.config`, with `HOME` absolute too.
/// Pure: the environment is a parameter. Terminal cannot import this module, so its callers pass
/// `ThemeLoader` the directory.
public enum FerryDirectories {
  /// `$XDG_STATE_HOME/ferry`, else `$HOME/.local/state/ferry`.
  public static func state(environment: [String: String]) throws(FerryDirectoryError) -> String {
    try resolve(.state, environment: environment)
  }

  /// `$XDG_CONFIG_HOME/ferry`, else `$HOME/.config/ferry`.
  public static func config(environment: [String: String]) throws(FerryDirectoryError) -> String {
    try resolve(.config, environment: environment)
  }

  private static func resolve(
    _ kind: FerryDirectoryError.Kind, environment: [String: String]
  ) throws(FerryDirectoryError) -> String {
    if let base = environment[kind.variable], base.hasPrefix("/") { return joined(base, "ferry") }
    if let home = environment["HOME"], home.hasPrefix("/") { return joined(home, kind.homeFallback + "/ferry") }
    throw FerryDirectoryError(kind: kind)
  }

  private static func joined(_ base: String, _ tail: String) -> String {
    base.hasSuffix("/") ? base + tail : base + "/" + tail
  }
}

/// Neither the `XDG_*` variable nor `HOME` gives an absolute path, so ferry has nowhere to keep its files.
public struct FerryDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    case state, config

    var variable: String { self == .state ? "XDG_STATE_HOME" : "XDG_CONFIG_HOME" }
    var homeFallback: String { self == .state ? ".local/state" : ".config" }
  }

  public let kind: Kind

  public init(kind: Kind) { self.kind = kind }

  public var description: String {
    let what = kind == .state ? "state (journal, drafts, sandbox, --debug log)" : "configuration (themes)"
    return "cannot place ferry's \(what): neither \(kind.variable) nor HOME is set to an absolute path"
  }
}
