/// Quotes arguments for a POSIX shell, so a printed command line can be pasted as is.
///
/// Words made only of characters no shell treats specially stay bare; anything else is wrapped in
/// single quotes, with each `'` written as `'\''`. Pure.
public enum ShellQuoting {
  public static func quote(_ word: String) -> String {
    if !word.isEmpty, word.utf8.allSatisfy(isSafe) { return word }
    var quoted = "'"
    for character in word {
      if character == "'" { quoted += "'\\''" } else { quoted.append(character) }
    }
    return quoted + "'"
  }

  private static func isSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
      UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ","):
      true
    default:
      false
    }
  }
}
