/// A one-line message under the body: what just happened, or why a key was refused.
public struct Notice: Sendable, Equatable {
  public enum Level: Sendable, Equatable { case info, warning, error }

  public var level: Level
  public var text: String

  public static func info(_ text: String) -> Notice { Notice(level: .info, text: text) }
  public static func warning(_ text: String) -> Notice { Notice(level: .warning, text: text) }
  public static func error(_ text: String) -> Notice { Notice(level: .error, text: text) }
}
