import FerryRules

/// The source screen: AMIs or snapshots, loaded page by page, filtered as the operator types.
public struct SourceState: Sendable, Equatable {
  /// Where loading stands; the count shows while pages arrive.
  public enum Loading: Sendable, Equatable {
    case idle
    case loading(scope: Command.Scope)
    case done
    case failed(String)
  }

  public var resource: Resource = .image
  public var items: [SourceItem] = []
  public var cursor = ListCursor()
  /// The `/` filter over id, name, description and tags.
  public var filter = ListFilter()
  public var loading: Loading = .idle
  /// Bumped on every reload so pages of an abandoned listing are dropped.
  public var generation = 0
  public var showDetails = true
  /// The item the operator picked (kept when the list reloads).
  public var chosen: SourceItem?

  public init() {}

  /// The items the filter lets through, in list order.
  public var visibleCount: Int { filter.matches.count }

  public func visible(_ row: Int) -> SourceItem? {
    guard row >= 0, row < filter.matches.count else { return nil }
    return items[filter.matches[row]]
  }

  public var selected: SourceItem? { visible(cursor.selected) }

  /// Starts a fresh listing of `resource` in `region`.
  public mutating func reload(region: String) -> [Command] {
    generation += 1
    items = []
    filter.removeRows()
    cursor = ListCursor()
    loading = .loading(scope: .owned)
    return [.loadSources(resource: resource, region: region, scope: .owned, nextToken: nil, generation: generation)]
  }

  /// Adds a page and says what to load next: the next page, the shared listing, or nothing.
  public mutating func receive(_ page: SourcePage, scope: Command.Scope, region: String) -> [Command] {
    items.append(contentsOf: page.items)
    filter.append(keys: page.items.lazy.map(\.searchKey))
    cursor.clamp(count: visibleCount)
    if let token = page.nextToken {
      return [.loadSources(resource: resource, region: region, scope: scope, nextToken: token, generation: generation)]
    }
    if scope == .owned {
      loading = .loading(scope: .shared)
      return [.loadSources(resource: resource, region: region, scope: .shared, nextToken: nil, generation: generation)]
    }
    loading = .done
    return []
  }
}
