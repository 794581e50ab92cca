/// One entry of a key map: the keys, what they do, and — when they do nothing now — why.
///
/// `label` is the footer's short word ("copy"); `help` the help screen's sentence (defaults to the
/// label); `group` the help screen's heading. A binding with a `disabledReason` still shows (dimmed,
/// with the reason in the help screen) but `KeyMap.action(for:)` does not fire it.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable, Equatable {
  public var action: Action
  public var keys: [Key]
  public var label: String
  public var help: String
  public var group: String
  public var disabledReason: String?
  /// Whether the footer lists it (the help screen always does).
  public var showsInFooter: Bool

  public init(
    _ action: Action, keys: [Key], label: String, help: String? = nil, group: String,
    disabledReason: String? = nil, showsInFooter: Bool = true
  ) {
    self.action = action
    self.keys = keys
    self.label = label
    self.help = help ?? label
    self.group = group
    self.disabledReason = disabledReason
    self.showsInFooter = showsInFooter
  }

  public var isEnabled: Bool { disabledReason == nil }

  /// The keys as written on screen: `↑/k`.
  public func keyNames(unicode: Bool = true) -> String {
    keys.map { $0.name(unicode: unicode) }.joined(separator: "/")
  }
}
