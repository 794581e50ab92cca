/// EC2 filter value matching: `*` matches any run of characters, `?` one character, `\` escapes.
///
/// Case-sensitive, as EC2's filters are. Pure.
enum Glob {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    match(Array(pattern), 0, Array(text), 0)
  }

  private static func match(_ pattern: [Character], _ p: Int, _ text: [Character], _ t: Int) -> Bool {
    var p = p
    var t = t
    // Backtracking points for the last `*` seen: where in the pattern and the text to resume.
    var star: (pattern: Int, text: Int)?
    while t < text.count {
      if p < pattern.count {
        switch pattern[p] {
        case "*":
          star = (p, t)
          p += 1
          continue
        case "?":
          p += 1
          t += 1
          continue
        case "\\" where p + 1 < pattern.count && pattern[p + 1] == text[t]:
          p += 2
          t += 1
          continue
        case let literal where literal != "\\" && literal == text[t]:
          p += 1
          t += 1
          continue
        default:
          break
        }
      }
      guard let resume = star else { return false }
      p = resume.pattern + 1
      t = resume.text + 1
      star = (resume.pattern, resume.text + 1)
    }
    while p < pattern.count && pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }
}
