/// The character data of the element being scanned, turned into a `String` once, at its end tag.
///
/// Plain text is one slice of the document and costs two offsets; a reference, a CDATA section, a
/// comment or a carriage return splits it, and only then are its pieces copied into a buffer reused
/// from element to element. Offsets point into the document being scanned: one accumulator per scan.
struct XMLTextAccumulator {
  private var start = 0
  private var end = 0
  private var buffered = false
  private var buffer: [UInt8] = []

  /// Forgets the text so far: the next element starts, or one ended.
  mutating func reset() {
    start = 0
    end = 0
    if buffered {
      buffer.removeAll(keepingCapacity: true)
      buffered = false
    }
  }

  /// Appends the document's bytes `from..<to`.
  mutating func append(_ base: UnsafePointer<UInt8>, from: Int, to: Int) {
    guard from < to else { return }
    if buffered {
      buffer.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
    } else if start == end {
      (start, end) = (from, to)
    } else {
      startBuffering(base)
      buffer.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
    }
  }

  /// Appends one character that the document spells otherwise (a reference, a line end).
  mutating func append(_ base: UnsafePointer<UInt8>, scalar: Unicode.Scalar) {
    if !buffered { startBuffering(base) }
    buffer.append(contentsOf: scalar.utf8)
  }

  /// The text so far.
  func string(_ base: UnsafePointer<UInt8>) -> String {
    if buffered { return String(decoding: buffer, as: UTF8.self) }
    guard start < end else { return "" }
    return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
  }

  private mutating func startBuffering(_ base: UnsafePointer<UInt8>) {
    buffered = true
    if start < end { buffer.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start)) }
  }
}
