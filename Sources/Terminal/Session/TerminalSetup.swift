/// The decisions taken before ncurses starts: pure functions of TERM and the locale's codeset.
///
/// Operators reach hosts whose terminfo lacks their TERM (k9s #3133 panics on `tmux-256color`);
/// ferry tries close, widely installed entries instead and says which one it used.
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
}
