import Foundation

/// Word-at-a-time helpers for the scanner's hot loops: finding where text stops, and comparing and
/// hashing the short byte strings of element names.
///
/// Names are mostly 4–24 bytes: two overlapping unaligned words cover them exactly. Text is searched
/// eight bytes at a time. Pure functions over memory the caller owns.
enum XMLBytes {
  /// Whether `count` bytes at `left` and `right` are equal.
  @inline(__always)
  static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
    let (a, b) = (UnsafeRawPointer(left), UnsafeRawPointer(right))
    switch count {
    case 8...16:
      return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
        && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
          == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    case 4..<8:
      return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
        && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    default:
      return memcmp(a, b, count) == 0
    }
  }

  /// A hash of `count` bytes at `start` from their length and first and last words: enough to
  /// tell apart the few dozen names of one answer, in constant time.
  @inline(__always)
  static func hash(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    let raw = UnsafeRawPointer(start)
    var value = UInt64(count)
    if count >= 8 {
      value ^= raw.loadUnaligned(as: UInt64.self) &* 0x9E37_79B9_7F4A_7C15
      value ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) &* 0xC2B2_AE3D_27D4_EB4F
    } else if count >= 4 {
      value ^= UInt64(raw.loadUnaligned(as: UInt32.self)) &* 0x9E37_79B9_7F4A_7C15
      value ^= UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) &* 0xC2B2_AE3D_27D4_EB4F
    } else {
      for index in 0..<count { value = (value ^ UInt64(start[index])) &* 0x9E37_79B9_7F4A_7C15 }
    }
    return value ^ (value >> 29)
  }

  /// The offset of the first byte at or after `index` that ends plain text (`<`, `&`, `]`, `\r`),
  /// or `count`.
  @inline(__always)
  static func firstTextStop(_ base: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
    var index = index
    let raw = UnsafeRawPointer(base)
    while index + 8 <= count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let stops =
        zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C) | zeroBytes(word ^ 0x2626_2626_2626_2626)
        | zeroBytes(word ^ 0x5D5D_5D5D_5D5D_5D5D) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
      if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < count {
      let byte = base[index]
      if byte == 0x3C || byte == 0x26 || byte == 0x5D || byte == 0x0D { return index }
      index += 1
    }
    return count
  }

  /// The high bit of each zero byte of `word` set; bits above the lowest zero byte may be wrong
  /// (a borrow), so only the lowest set bit is to be read.
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }
}
