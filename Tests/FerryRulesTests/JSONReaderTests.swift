import FerryRules
import Testing

private func read(_ text: String) throws(JSONError) -> JSONValue {
  try JSONReader().read(Array(text.utf8))
}

@Suite struct JSONReaderTests {
  // MARK: - Values

  @Test func keepsOrderAndDuplicates() throws {
    #expect(
      try read(#"{"b": 1, "a": [true, false, null], "b": "x"}"#)
        == .object([
          ("b", .number("1")), ("a", .array([.bool(true), .bool(false), .null])), ("b", .string("x")),
        ]))
  }

  @Test(arguments: [
    (#""a\"b\\c\/d\b\f\n\r\t""#, "a\"b\\c/d\u{08}\u{0C}\n\r\t"),
    (#""\u00e9\u20AC""#, "é€"),
    (#""\ud83d\ude80""#, "🚀"),
    ("\"café\"", "café"),
  ])
  func strings(_ json: String, _ expected: String) throws {
    #expect(try read(json) == .string(expected))
  }

  @Test(arguments: ["0", "-0", "12", "-3.25", "1e10", "2E-3", "1.5e+2"])
  func numbersKeepTheirText(_ json: String) throws {
    #expect(try read(json) == .number(json))
  }

  // MARK: - Rejections

  @Test(arguments: [
    ("", 0, "the document is empty"),
    ("{", 1, "expected a key in double quotes"),
    ("[1,]", 3, "expected a value"),
    ("01", 1, "a number may not start with 0"),
    ("1.", 2, "expected a digit after '.'"),
    ("-", 1, "expected a digit"),
    ("tru", 0, "expected 'true'"),
    ("\"a\u{01}\"", 2, "a control character must be escaped inside a string"),
    (#""\x""#, 3, "unknown escape '\\x'"),
    (#""\ud83d""#, 7, "a high surrogate must be followed by a low surrogate"),
    (#""\ude80""#, 7, "a low surrogate without a high surrogate"),
    ("\"abc", 4, "the document ends inside a string"),
    ("{} {}", 3, "unexpected text after the end of the document"),
    ("{\"a\" 1}", 5, "expected ':' after a key"),
    ("// c\n{}", 0, "expected a value"),
  ])
  func rejects(_ json: String, _ offset: Int, _ reason: String) {
    #expect(throws: JSONError(offset: offset, reason: reason)) { try read(json) }
  }

  @Test func depthIsLimitedWithoutRecursionBlowUp() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONError(offset: 64, reason: "nested deeper than 64 levels")) { try read(deep) }
    let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect((try? read(ok)) != nil)
  }

  @Test func writerRoundTrips() throws {
    let value = JSONValue.object([("k", .array([.string("a\"\n"), .number("-1.5"), .bool(false), .null, .object([])]))])
    #expect(try read(value.prettyText) == value)
    #expect(try read(value.compactText) == value)
  }

  /// One writer, two layouts: the same members in the same order, indented or on one line.
  @Test func writerLayouts() {
    let value = JSONValue.object([("b", .array([.number("1"), .object([])])), ("a", .array([])), ("c", .null)])
    #expect(value.compactText == #"{"b":[1,{}],"a":[],"c":null}"#)
    #expect(value.prettyText == "{\n  \"b\": [\n    1,\n    {}\n  ],\n  \"a\": [],\n  \"c\": null\n}")
  }
}
