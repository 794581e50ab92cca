/// The source list's order: as listed, or by a column (`s` cycles).
///
/// Pure.
public enum SourceSort: String, Sendable, Equatable, CaseIterable {
  case listed, name, created, size, place

  /// The next order `s` moves to.
  public var next: SourceSort {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// The column whose title the header marks.
  public var column: String? {
    switch self {
    case .listed: nil
    case .name: "NAME"
    case .created: "CREATED"
    case .size: "SIZE"
    case .place: "WHERE"
    }
  }

  /// What the notice says after `s`.
  public var description: String {
    switch self {
    case .listed: "in the order EC2 listed them (owned, then shared)"
    case .name: "by name"
    case .created: "by creation date, newest first"
    case .size: "by size, largest first"
    case .place: "by where they live (Region, Local Zone, Outpost)"
    }
  }

  /// True when `a` comes before `b`; ties keep the listing order, so the sort is stable.
  func precedes(_ a: SourceItem, _ b: SourceItem) -> Bool {
    switch self {
    case .listed: break
    case .name:
      let (x, y) = (a.name.lowercased(), b.name.lowercased())
      if x != y { return x < y }
    case .created:
      let (x, y) = (a.createdAt ?? "", b.createdAt ?? "")
      if x != y { return x > y }
    case .size:
      let (x, y) = (a.sizeGiB ?? -1, b.sizeGiB ?? -1)
      if x != y { return x > y }
    case .place:
      let (x, y) = (SourceRows.where_(a), SourceRows.where_(b))
      if x != y { return x < y }
    }
    return a.listed < b.listed
  }
}
