/// A strict, order-preserving JSON reader (RFC 8259) for documents an operator writes by hand.
///
/// Strict: no comments, no trailing commas, no leading zeros, no control characters in strings, valid
/// UTF-8 only. Bounded: input longer than `maxBytes` and nesting deeper than `maxDepth` are errors, so
/// hostile input cannot exhaust the stack or memory. Pure: it never does I/O.
/// Spec: https://www.rfc-editor.org/rfc/rfc8259
public struct JSONReader: Sendable {
  public static let defaultMaxBytes = 1 << 20
  public static let defaultMaxDepth = 64

  public var maxBytes: Int
  public var maxDepth: Int

  public init(maxBytes: Int = JSONReader.defaultMaxBytes, maxDepth: Int = JSONReader.defaultMaxDepth) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
  }

  /// Reads one JSON value that spans the whole input (whitespace around it allowed).
  public func read(_ bytes: some Collection<UInt8>) throws(JSONError) -> JSONValue {
    let input = Array(bytes)
    guard input.count <= maxBytes else {
      throw JSONError(offset: maxBytes, reason: "the document is larger than \(maxBytes / 1024) KiB")
    }
    // Validate the encoding once; every string slice then starts and ends at ASCII delimiters.
    let decoded = String(decoding: input, as: UTF8.self)
    guard decoded.utf8.elementsEqual(input) else {
      throw JSONError(offset: 0, reason: "the document is not valid UTF-8")
    }
    var cursor = JSONCursor(bytes: input, maxDepth: maxDepth)
    cursor.skipWhitespace()
    guard !cursor.atEnd else { throw JSONError(offset: 0, reason: "the document is empty") }
    let value = try cursor.readValue(depth: 0)
    cursor.skipWhitespace()
    guard cursor.atEnd else { throw cursor.error("unexpected text after the end of the document") }
    return value
  }
}
