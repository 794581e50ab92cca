/// Splits a command line into words the way a POSIX shell would, without running a shell: whitespace
/// separates words, single quotes keep everything literally, double quotes keep spaces and allow `\"`
/// and `\\`, a backslash outside quotes escapes the next character.
///
/// botocore runs `credential_process` through `compat_shell_split` and no shell, so no expansion,
/// pipes or variables. Pure.
enum ShellWords {
  struct UnbalancedQuote: Error {}

  static func split(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaping = false
    for character in line {
      if escaping {
        // Inside double quotes a backslash escapes only `$`, `` ` ``, `"`, `\` and newline.
        if quote == "\"", !"$`\"\\\n".contains(character) { current.append("\\") }
        current.append(character)
        escaping = false
        continue
      }
      switch (quote, character) {
      case ("'", "'"), ("\"", "\""):
        quote = nil
      case ("'", _):
        current.append(character)
      case ("\"", "\\"), (nil, "\\"):
        escaping = true
        inWord = true
      case ("\"", _):
        current.append(character)
      case (nil, "'"), (nil, "\""):
        quote = character
        inWord = true
      case (nil, " "), (nil, "\t"), (nil, "\n"):
        if inWord { words.append(current) }
        current = ""
        inWord = false
      default:
        current.append(character)
        inWord = true
      }
    }
    guard quote == nil, !escaping else { throw UnbalancedQuote() }
    if inWord { words.append(current) }
    return words
  }
}
