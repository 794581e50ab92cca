import FerryCloud
import FerryTUI
import Foundation

/// The TUI's state with an account's AMIs loaded, the way the app loads them: page by page through
/// `update(_:_:)` and `.sourcesPage` messages, so the list keeps exactly the per-row data it keeps
/// for real (the `SourceItem`s and the filter's index).
///
/// Images are made a page at a time and dropped once the state holds them, as decoded pages are.
enum LoadedList {
  static let pageSize = 1_000
  static let epoch = Date(timeIntervalSince1970: 1_795_000_000)

  /// A fresh TUI of `width`×`height` on the source screen with `count` AMIs of ours loaded.
  static func state(images count: Int, width: Int, height: Int) throws -> AppState {
    let identity = AccountIdentity(accountId: ImageFactory.ownerId, partition: "aws", region: "us-east-1")
    var (state, _) = start(.account(identity), width: width, height: height, now: epoch)
    let generation = state.source.generation
    var next = 0
    while next < count {
      let end = min(count, next + pageSize)
      let items = (next..<end).map { SourceItem(.image(ImageFactory.image($0)), callerAccount: identity.accountId) }
      let token = end < count ? "page-\(end)" : nil
      _ = update(
        &state,
        .sourcesPage(generation: generation, scope: .owned, .success(SourcePage(items: items, nextToken: token))))
      next = end
    }
    _ = update(
      &state, .sourcesPage(generation: generation, scope: .shared, .success(SourcePage(items: [], nextToken: nil))))
    guard state.source.items.count == count, state.source.visibleCount == count,
      state.source.loading == SourceState.Loading.done
    else {
      throw BenchError(
        "the TUI holds \(state.source.items.count) of \(count) images after loading (\(state.source.loading))")
    }
    return state
  }
}
