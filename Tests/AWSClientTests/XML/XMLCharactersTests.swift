import Foundation
import Testing

@testable import AWSClient

// `XMLCharacters.check` against the standard library's UTF-8 validation and scalar decoding.

/// Bytes that sit on the edges of UTF-8's well-formed sequences, and a little ASCII.
private let edgeBytes: [UInt8] = [
  0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x3C, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBE, 0xBF, 0xC0, 0xC1,
  0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
]

/// Whole characters of every UTF-8 length, some of them ones XML does not allow.
private let scalars: [Unicode.Scalar] = [
  "\u{0}", "\u{8}", "\u{9}", "\u{D}", "\u{85}", "\u{E9}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}",
  "\u{FFFE}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}",
]

/// What the check should report, computed from Swift's own decoding.
private func expectedReport(_ bytes: [UInt8]) -> XMLCharacters.Report {
  guard let text = String(validating: bytes, as: UTF8.self) else {
    return XMLCharacters.Report(isUTF8: false)
  }
  var report = XMLCharacters.Report(hasCarriageReturn: bytes.contains(0x0D))
  var offset = 0
  for scalar in text.unicodeScalars {
    let value = scalar.value
    if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF {
      report.forbidden = XMLCharacters.Forbidden(offset: offset, scalar: value)
      break
    }
    offset += scalar.utf8.count
  }
  return report
}

private func check(_ bytes: [UInt8]) -> XMLCharacters.Report {
  bytes.withUnsafeBufferPointer { XMLCharacters.check($0) }
}

// MARK: - Against the standard library

@Test func randomBytesAreJudgedAsTheStandardLibraryJudgesThem() {
  var random = SeededGenerator(seed: 7)
  var judged = (utf8: 0, notUTF8: 0, forbidden: 0)
  for _ in 0..<20_000 {
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0...24, using: &random) {
      switch Int.random(in: 0..<8, using: &random) {
      case 0...3: bytes.append(UInt8.random(in: 0x20...0x7E, using: &random))
      case 4: bytes.append(edgeBytes[Int.random(in: 0..<edgeBytes.count, using: &random)])
      default: bytes += Array(String(scalars[Int.random(in: 0..<scalars.count, using: &random)]).utf8)
      }
    }
    let expected = expectedReport(bytes)
    let report = check(bytes)
    // Bytes that are not UTF-8 are refused for that alone: the rest of the report does not matter.
    #expect(expected.isUTF8 ? report == expected : !report.isUTF8, "\(bytes.map { String($0, radix: 16) })")
    if !expected.isUTF8 {
      judged.notUTF8 += 1
    } else if expected.forbidden != nil {
      judged.forbidden += 1
    } else {
      judged.utf8 += 1
    }
  }
  // Each outcome must have been reached often enough to mean something.
  #expect(judged.utf8 > 2_000 && judged.notUTF8 > 2_000 && judged.forbidden > 2_000, "\(judged)")
}

// MARK: - Edges

@Test(arguments: [
  ([0xC0, 0x80], false),  // overlong NUL
  ([0xE0, 0x9F, 0xBF], false),  // overlong
  ([0xED, 0xA0, 0x80], false),  // a surrogate
  ([0xF4, 0x90, 0x80, 0x80], false),  // past U+10FFFF
  ([0xF0, 0x9F, 0x98], false),  // cut short
  ([0xF0, 0x9F, 0x98, 0x80], true),  // U+1F600
  ([0xEF, 0xBF, 0xBD], true),  // U+FFFD
  ([0xC2, 0x85], true),  // U+0085 (XML 1.0 allows C1 controls)
])
func multiByteSequences(bytes: [UInt8], isUTF8: Bool) {
  #expect(check(bytes).isUTF8 == isUTF8)
  #expect(check(Array("ten bytes!".utf8) + bytes + Array("and more ASCII".utf8)).isUTF8 == isUTF8)
}

@Test func theFirstForbiddenCharacterIsReportedWithItsOffset() {
  let bytes = Array("<a>0123456789".utf8) + [0xEF, 0xBF, 0xBE] + Array("x\u{1}".utf8)
  #expect(check(bytes).forbidden == XMLCharacters.Forbidden(offset: 13, scalar: 0xFFFE))
  #expect(check(Array("<a>\r\n</a>".utf8)) == XMLCharacters.Report(hasCarriageReturn: true))
}
