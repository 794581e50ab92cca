/// Checks that a document's bytes are UTF-8 holding only characters XML 1.0 allows.
///
/// XML 1.0's `Char` production (https://www.w3.org/TR/xml/#charsets) excludes the C0 control
/// characters other than tab, line feed and carriage return, the surrogates and U+FFFE/U+FFFF; UTF-8
/// itself is checked against Unicode's table of well-formed byte sequences (Unicode 15, table 3-7),
/// so overlong forms, surrogates and values past U+10FFFF are refused. One pass, eight bytes at a
/// time while the text is ASCII without control characters. Pure: reads only the bytes it is given.
enum XMLCharacters {
  /// What the pass found.
  struct Report: Equatable {
    /// False when some bytes are not UTF-8 at all: that takes precedence over `forbidden`.
    var isUTF8 = true
    /// The first character XML does not allow.
    var forbidden: Forbidden?
    /// Whether a carriage return occurs, so the scanner only normalises line ends when it must.
    var hasCarriageReturn = false
  }

  /// A character XML does not allow, at a byte offset.
  struct Forbidden: Equatable {
    var offset: Int
    var scalar: UInt32
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Report {
    var report = Report()
    guard let base = bytes.baseAddress else { return report }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let high: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index < count {
      if index + 8 <= count {
        // A byte below 0x20 leaves its high bit set in `word - 0x20…20` while clear in `word`
        // ("hasless" of Bit Twiddling Hacks): exact whenever no byte has its own high bit set.
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let controls = (word &- 0x2020_2020_2020_2020) & ~word & high
        if (word | controls) & high == 0 {
          index += 8
          continue
        }
      }
      let byte = base[index]
      if byte < 0x80 {
        if byte < 0x20 {
          if byte == 0x0D {
            report.hasCarriageReturn = true
          } else if byte != 0x09, byte != 0x0A, report.forbidden == nil {
            report.forbidden = Forbidden(offset: index, scalar: UInt32(byte))
          }
        }
        index += 1
        continue
      }
      guard let (scalar, length) = decode(base, at: index, count: count) else {
        report.isUTF8 = false
        return report
      }
      if scalar == 0xFFFE || scalar == 0xFFFF, report.forbidden == nil {
        report.forbidden = Forbidden(offset: index, scalar: scalar)
      }
      index += length
    }
    return report
  }

  /// The scalar of the multi-byte sequence at `index` and its length, or `nil` when it is not
  /// well-formed UTF-8.
  static func decode(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> (UInt32, Int)? {
    let lead = base[index]
    let length: Int
    let second: ClosedRange<UInt8>
    switch lead {
    case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    default: return nil
    }
    guard index + length <= count, second.contains(base[index + 1]) else { return nil }
    var scalar = UInt32(lead) & (0x7F >> UInt32(length))
    for offset in 1..<length {
      let byte = base[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    return (scalar, length)
  }
}
