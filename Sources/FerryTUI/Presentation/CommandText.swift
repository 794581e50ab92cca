import Terminal

/// The `aws` command(s) of the review as text to read, paste and run.
///
/// Pure.
///
/// On screen a command wraps only between shell words, so no space ever lands inside a word; a word
/// wider than the screen (a long quoted JSON argument) gets rows of its own, cut at the edge with nothing
/// added, so copying the rows back from the terminal gives the word unchanged.
public enum CommandText {
  /// `command`'s words (split at spaces outside quotes), each with its quoting kept.
  public static func words(_ command: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quote: Character?
    var escaped = false
    for character in command {
      if escaped {
        word.append(character)
        escaped = false
      } else if let open = quote {
        word.append(character)
        if character == open { quote = nil }
      } else if character == "\\" {
        word.append(character)
        escaped = true
      } else if character == "'" || character == "\"" {
        word.append(character)
        quote = character
      } else if character == " " {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// Rows of at most `width` columns: the first starts with `lead` spaces, later rows that start a word
  /// with `indent` spaces; the rows of a word too wide to fit start at the left edge.
  public static func rows(_ command: String, width: Int, lead: Int = 0, indent: Int = 0) -> [String] {
    guard width > 0 else { return [] }
    let wordIndent = String(repeating: " ", count: min(indent, width - 1))
    var rows: [String] = []
    var row = String(repeating: " ", count: min(lead, width - 1))
    var rowHasWord = false
    for word in words(command) {
      let wordWidth = DisplayWidth.of(word)
      if DisplayWidth.of(row) + (rowHasWord ? 1 : 0) + wordWidth <= width {
        row += (rowHasWord ? " " : "") + word
        rowHasWord = true
        continue
      }
      if rowHasWord {
        rows.append(row)
        row = wordIndent
        rowHasWord = false
      }
      if DisplayWidth.of(row) + wordWidth <= width {
        row += word
        rowHasWord = true
      } else {
        // Wider than a row: rows of its own from the left edge, so nothing is inserted into the word.
        rows += chunks(word, width: width)
        row = wordIndent
      }
    }
    if rowHasWord { rows.append(row) }
    return rows
  }

  /// `text` cut into pieces of at most `width` columns (a wide character is never split).
  static func chunks(_ text: String, width: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    for character in text {
      let columns = DisplayWidth.of(character)
      if pieceWidth + columns > width, !piece.isEmpty {
        pieces.append(piece)
        piece = ""
        pieceWidth = 0
      }
      piece.append(character)
      pieceWidth += columns
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }

  /// The commands as the clipboard takes them: one line each, as planned (already quoted for a shell).
  public static func clipboard(_ commands: [String]) -> String {
    commands.joined(separator: "\n") + "\n"
  }

  /// A shell script that runs the commands and stops at the first that fails.
  public static func script(_ commands: [String], about: String) -> String {
    var lines = [
      "#!/usr/bin/env bash",
      "# \(about)",
      "# Written by ferry from the review; the AWS CLI sends the same call ferry would.",
      "set -euo pipefail",
    ]
    lines += commands
    return lines.joined(separator: "\n") + "\n"
  }
}
