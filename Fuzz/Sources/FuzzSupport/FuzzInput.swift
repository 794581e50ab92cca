import Foundation

/// The bytes libFuzzer hands a target, in the shapes ferry's parsers take.
///
/// Copies the buffer once: libFuzzer owns it and reuses it after the call returns. Pure value type.
public struct FuzzInput: Sendable {
  public let bytes: [UInt8]

  public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  }

  public var data: Data { Data(bytes) }

  /// The bytes as text, invalid UTF-8 repaired the way `String(decoding:as:)` does (files read by
  /// ferry go through the same repair).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
