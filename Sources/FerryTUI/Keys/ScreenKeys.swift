import Terminal

/// A titled group of bindings, one per screen plus the global ones.
public struct ScreenKeys: Sendable, Equatable {
  public var title: String
  public var bindings: [ScreenKey]

  public init(_ title: String, _ bindings: [ScreenKey]) {
    self.title = title
    self.bindings = bindings
  }
}
