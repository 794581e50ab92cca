extension Array {
  /// The elements in order, each once by `key` (the first one wins).
  public func uniqued<Key: Equatable>(by key: (Element) -> Key) -> [Element] {
    var seen: [Key] = []
    return filter { element in
      let value = key(element)
      guard !seen.contains(value) else { return false }
      seen.append(value)
      return true
    }
  }
}

extension Array where Element: Equatable {
  /// The elements in order, each once.
  public func uniqued() -> [Element] { uniqued(by: { $0 }) }
}
