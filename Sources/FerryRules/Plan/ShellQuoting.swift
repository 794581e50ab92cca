/// Quotes arguments for a POSIX shell, so a printed command line can be pasted as is.
///
/// Words made only of characters no shell treats specially stay bare; anything else is wrapped in
/// single quotes, with each `'` written as `'\''`. Works on UTF-8 bytes (a `'` is never part of a
/// multi-byte character), because it runs on every keystroke over the whole tag JSON. Pure.
public enum ShellQuoting {
  public static func quote(_ word: String) -> String {
    // Over one contiguous buffer (`withUTF8`): walking `String.UTF8View` byte by byte cost a fifth of
    // `plan()` on a request with 100 tags.
    var word = word
    let (safe, quotes) = word.withUTF8 { bytes in
      // Two loops, each simple enough to vectorise: the first usually stops at the first byte.
      let safe = !bytes.isEmpty && bytes.allSatisfy(isSafe)
      var quotes = 0
      for byte in bytes where byte == UInt8(ascii: "'") { quotes += 1 }
      return (safe, quotes)
    }
    if safe { return word }
    if quotes == 0 { return "'" + word + "'" }
    return word.withUTF8 { bytes in
      var quoted: [UInt8] = []
      quoted.reserveCapacity(bytes.count + 3 * quotes + 2)
      quoted.append(UInt8(ascii: "'"))
      for byte in bytes {
        if byte == UInt8(ascii: "'") {
          quoted.append(contentsOf: "'\\''".utf8)
        } else {
          quoted.append(byte)
        }
      }
      quoted.append(UInt8(ascii: "'"))
      return String(decoding: quoted, as: UTF8.self)
    }
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
