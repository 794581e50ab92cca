import Terminal

/// One action the operator can take on a screen: the keys that trigger it and the words that describe it.
///
/// The footer and the `?` help screen are both generated from lists of bindings, so a key shown
/// is a key that works. `disabledReason` greys a binding out and says why.
public struct ScreenKey: Sendable, Equatable {
  public var keys: [Key]
  /// How the keys are written in the footer and help (`j/k`, `ctrl-d`).
  public var label: String
  /// A short verb for the footer (`select`).
  public var short: String
  /// A sentence for the help screen.
  public var help: String
  /// Shown in the footer (help lists everything).
  public var inFooter: Bool
  public var disabledReason: String?

  public init(
    _ keys: [Key], _ label: String, _ short: String, help: String? = nil, footer: Bool = true, disabled: String? = nil
  ) {
    self.keys = keys
    self.label = label
    self.short = short
    self.help = help ?? short
    self.inFooter = footer
    self.disabledReason = disabled
  }

  public func matches(_ key: Key) -> Bool { keys.contains(key) }
}
