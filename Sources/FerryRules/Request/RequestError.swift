/// Why a request document could not be read; `description` is one line naming the key at fault.
public struct RequestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The key path at fault (`destination.zone`, `tags.image.team`), or empty for the whole document.
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String {
    path.isEmpty ? "request: \(reason)" : "request: \(path): \(reason)"
  }
}
