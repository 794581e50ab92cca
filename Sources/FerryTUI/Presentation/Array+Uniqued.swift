extension Array where Element: Equatable {
  /// The elements in order, each once.
  func uniqued() -> [Element] {
    var out: [Element] = []
    for element in self where !out.contains(element) { out.append(element) }
    return out
  }
}
