/// RFC 3986 percent-encoding as SigV4 requires it.
///
/// Every byte outside the unreserved set `A-Z a-z 0-9 - . _ ~` is written `%XY` with upper-case hex, so
/// a space is `%20` (never `+`) and `/` is `%2F`. Pure; no allocation beyond the result.
/// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
/// ("URI-encode each parameter name and value according to the following rules").
public enum URIEncoding {
  /// Percent-encodes `string` with the RFC 3986 unreserved set as the only characters left as they are.
  public static func encode(_ string: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(string.utf8.count)
    for byte in string.utf8 {
      if isUnreserved(byte) {
        bytes.append(byte)
      } else {
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Undoes percent-encoding; a malformed escape is kept as written rather than rejected, because the
  /// signer must sign whatever the caller is about to send.
  ///
  /// With `plusAsSpace`, `+` is a space, as form bodies allow.
  public static func decode(_ string: String, plusAsSpace: Bool = false) -> String {
    let bytes = Array(string.utf8)
    guard bytes.contains(UInt8(ascii: "%")) || (plusAsSpace && bytes.contains(UInt8(ascii: "+"))) else {
      return string
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 3
      } else {
        out.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  /// Encodes ordered `name=value` pairs into a query string, keeping the caller's order.
  public static func queryString(_ parameters: [(name: String, value: String)]) -> String {
    parameters.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
  }

  static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
