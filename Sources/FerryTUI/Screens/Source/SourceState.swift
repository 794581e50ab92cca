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
  /// The widest cell per column so far, so columns share the width by content (`SourceRows.columns`).
  public var contentWidths: SourceRows.ContentWidths = [:]
  /// The order rows show in (`s` cycles).
  public var sort: SourceSort = .listed
  /// Outpost names by ARN, once the places are loaded (WHERE names an Outpost by them).
  public private(set) var outpostNames: SourceRows.OutpostNames = [:]
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

  /// Starts a fresh listing of `resource` in `region`: the first pages of what the caller owns and of
  /// what others shared with it are asked for together, so the listing costs the longer of the two
  /// chains of pages instead of both end to end.
  ///
  /// A new tab or Region is new content, so the filter is
  /// reset; `keepingFilter` is for listing the same thing again (`r`).
  public mutating func reload(region: String, keepingFilter: Bool = false) -> [Command] {
    generation += 1
    items = []
    contentWidths = [:]
    if !keepingFilter { filter.reset() }
    filter.removeRows()
    cursor = ListCursor()
    loading = .loading(scope: .owned)
    pending = [.owned, .shared]
    heldShared = []
    return [Command.Scope.owned, .shared].map {
      .loadSources(resource: resource, region: region, scope: $0, nextToken: nil, generation: generation)
    }
  }

  /// The Outposts' names arrived (ListOutposts): WHERE is measured again with them (once per new set of names).
  public mutating func name(outposts: [Outpost]) {
    let names = Dictionary(
      outposts.filter { !$0.name.isEmpty }.map { ($0.arn, $0.name) }, uniquingKeysWith: { first, _ in first })
    guard names != outpostNames else { return }
    outpostNames = names
    contentWidths["WHERE"] = SourceRows.measure(items, outposts: names)["WHERE"]
  }

  /// `s`: the next order; the cursor stays on the same item.
  public mutating func cycleSort() {
    sort = sort.next
    reorder()
  }

  /// Puts the items in `sort`'s order and indexes them again (the filter's query is kept), the cursor on
  /// the item it was on; with `fromTop`, on the first row (a fresh listing the operator has not moved in).
  private mutating func reorder(fromTop: Bool = false) {
    let selectedId = fromTop ? nil : selected?.id
    let order = sort
    items.sort { order.precedes($0, $1) }
    filter.removeRows()
    filter.append(keys: items.lazy.map(\.searchKey))
    if let selectedId, let row = (0..<visibleCount).first(where: { visible($0)?.id == selectedId }) {
      cursor.select(row, count: visibleCount)
    } else {
      cursor.select(0, count: visibleCount)
    }
  }

  /// Scopes whose last page has not arrived yet.
  private var pending: Set<Command.Scope> = []
  /// Shared pages that arrived before the owned listing ended: shown after it, so owned rows come first.
  private var heldShared: [SourcePage] = []

  /// Adds a page (at once when owned, or when the owned listing has ended) and asks for its listing's
  /// next page, if any.
  public mutating func receive(_ page: SourcePage, scope: Command.Scope, region: String) -> [Command] {
    if case .failed = loading {
      // The other listing failed: what this one finds is still shown, and the failure stays said.
      show(page)
      return page.nextToken.map {
        [.loadSources(resource: resource, region: region, scope: scope, nextToken: $0, generation: generation)]
      } ?? []
    }
    if scope == .shared, pending.contains(.owned) {
      heldShared.append(page)
    } else {
      show(page)
    }
    if let token = page.nextToken {
      return [.loadSources(resource: resource, region: region, scope: scope, nextToken: token, generation: generation)]
    }
    pending.remove(scope)
    if scope == .owned {
      heldShared.forEach { show($0) }
      heldShared = []
    }
    loading = pending.isEmpty ? .done : .loading(scope: pending.contains(.owned) ? .owned : .shared)
    // While a sorted listing loads, pages go at the end and the whole is sorted once when it ends: sorting
    // and re-indexing 100,000 rows on every page would stall the input loop.
    if pending.isEmpty, sort != .listed { reorder(fromTop: cursor.selected == 0) }
    return []
  }

  /// A listing failed: says why, and shows the shared pages held back for the owned ones.
  public mutating func fail(_ message: String) {
    loading = .failed(message)
    heldShared.forEach { show($0) }
    heldShared = []
  }

  private mutating func show(_ page: SourcePage) {
    let first = items.count
    items.append(contentsOf: page.items)
    for offset in page.items.indices { items[first + offset].listed = first + offset }
    contentWidths.merge(SourceRows.measure(page.items, outposts: outpostNames), uniquingKeysWith: max)
    filter.append(keys: page.items.lazy.map(\.searchKey))
    cursor.clamp(count: visibleCount)
  }
}
