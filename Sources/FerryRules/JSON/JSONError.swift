/// Why a byte sequence is not a JSON document ferry accepts; `description` is one line.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The byte offset where reading stopped.
  public var offset: Int
  public var reason: String

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "not valid JSON at byte \(offset): \(reason)" }
}
