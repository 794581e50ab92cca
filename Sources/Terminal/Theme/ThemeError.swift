/// A theme that cannot be used; `description` is one line naming the file and line.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file (or theme name) the error is in.
  public let source: String
  /// 1-based; nil when the error is not about one line (theme not found, unreadable file).
  public let line: Int?
  public let message: String

  public init(source: String, line: Int?, message: String) {
    self.source = source
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(source):\(line): \(message)" }
    return "\(source): \(message)"
  }
}
