/// The decisions taken before ncurses starts: pure functions of TERM and the locale.
///
/// Operators reach hosts whose terminfo lacks their TERM (k9s #3133 panics on `tmux-256color`);
/// ferry tries close, widely installed entries instead and says which one it used. The locale says
/// what the terminal can show: UTF-8 only when it names UTF-8 (or names nothing at all).
public enum TerminalSetup {
  /// Whether this TERM cannot drive a full-screen interface at all.
  public static func refuses(term: String?) -> Bool {
    guard let term else { return false }
    return term.isEmpty || term == "dumb"
  }

  /// The terminfo names to try, in order: TERM itself, then fallbacks (`xterm-256color` for a
  /// 256-colour TERM, then `xterm`, `vt100`, `ansi`), without repeats.
  public static func candidates(term: String?) -> [String] {
    var names: [String] = []
    if let term, !term.isEmpty { names.append(term) }
    if term?.contains("256color") ?? true { names.append("xterm-256color") }
    names += ["xterm", "vt100", "ansi"]
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  /// The status note shown when a fallback entry was used, or nil when TERM itself worked.
  public static func fallbackNote(term: String?, used: String) -> String? {
    guard used != term else { return nil }
    return "TERM=\(term ?? "(unset)") is unknown on this host; using \(used)"
  }

  /// Whether a locale codeset (`nl_langinfo(CODESET)`) is UTF-8.
  public static func isUTF8(codeset: String) -> Bool {
    let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return normalized == "utf8"
  }

  /// The locale that decides the character set, as POSIX reads it: `LC_ALL`, else `LC_CTYPE`, else
  /// `LANG`; an empty variable counts as unset.
  ///
  /// Nil when none is set.
  public static func requestedLocale(environment: [String: String]) -> String? {
    ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
  }

  /// Whether to try `C.UTF-8` when the locale set up from the environment is not UTF-8.
  ///
  /// Yes when no locale was asked for (a bare container or a stripped SSH environment, where the
  /// terminal is almost always UTF-8) or when the one asked for names UTF-8 but is not installed on
  /// this host. No when it names C, POSIX or another character set: the operator said the terminal
  /// may not show UTF-8, and bytes it cannot show would come out as mojibake.
  public static func triesUTF8Fallback(requested: String?) -> Bool {
    guard let requested else { return true }
    let name = requested.lowercased()
    return name.contains("utf-8") || name.contains("utf8")
  }

  /// The status note when text is drawn with ASCII.
  public static func asciiNote(requested: String?) -> String {
    if let requested, !triesUTF8Fallback(requested: requested) {
      return "the locale \(requested) is not UTF-8; drawing with ASCII"
    }
    return "no UTF-8 locale on this host; drawing with ASCII"
  }
}
