/// Quotes arguments for a POSIX shell, so a printed command line can be pasted as is.
///
/// Words made only of characters no shell treats specially stay bare; anything else is wrapped in
/// single quotes, with each `'` written as `'\''`. Works on UTF-8 bytes (a `'` is never part of a
/// multi-byte character), because it runs on every keystroke over the whole tag JSON. Pure.
public enum ShellQuoting {
  public static func quote(_ word: String) -> String {
    let bytes = word.utf8
    if !bytes.isEmpty, bytes.allSatisfy(isSafe) { return word }
    if !bytes.contains(UInt8(ascii: "'")) { return "'" + word + "'" }
    var quoted: [UInt8] = []
    quoted.reserveCapacity(bytes.count + 8)
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
