/// The registry of what each key does on a screen: one table that drives key handling, the footer
/// (`KeyHints`) and the help screen (`HelpView`), so they can never disagree.
///
/// A value: build it from the current state (disabling bindings that cannot act now, with the
/// reason), look keys up, and pass it to the views. The first binding that lists a key wins.
public struct KeyMap<Action: Hashable & Sendable>: Sendable, Equatable {
  public var bindings: [KeyBinding<Action>]

  public init(_ bindings: [KeyBinding<Action>]) {
    self.bindings = bindings
  }

  /// The binding `key` belongs to, enabled or not.
  public func binding(for key: Key) -> KeyBinding<Action>? {
    bindings.first { $0.keys.contains(key) }
  }

  /// The action `key` triggers now; nil when no binding has it or its binding is disabled.
  public func action(for key: Key) -> Action? {
    guard let binding = binding(for: key), binding.isEnabled else { return nil }
    return binding.action
  }

  /// This map with `action`'s bindings disabled for `reason` (or enabled again when nil).
  public func disabling(_ action: Action, because reason: String?) -> KeyMap {
    var copy = self
    for index in copy.bindings.indices where copy.bindings[index].action == action {
      copy.bindings[index].disabledReason = reason
    }
    return copy
  }

  /// The bindings the footer shows, in order.
  public var footer: [KeyBinding<Action>] { bindings.filter(\.showsInFooter) }

  /// Bindings by group, groups in the order they first appear: the help screen's sections.
  public var groups: [(name: String, bindings: [KeyBinding<Action>])] {
    var order: [String] = []
    var members: [String: [KeyBinding<Action>]] = [:]
    for binding in bindings {
      if members[binding.group] == nil { order.append(binding.group) }
      members[binding.group, default: []].append(binding)
    }
    return order.map { ($0, members[$0] ?? []) }
  }

  /// Keys listed by more than one binding (the later ones can never fire): for tests of a screen's map.
  public var conflictingKeys: [Key] {
    var seen = Set<Key>()
    var conflicts: [Key] = []
    for key in bindings.flatMap(\.keys) where !seen.insert(key).inserted && !conflicts.contains(key) {
      conflicts.append(key)
    }
    return conflicts
  }
}
