import FerryCloud
import FerryRules

/// What an account has in a Region, listed whole: every page, owned and shared alike.
///
/// Images are the caller's own (`Owner=self`) and those shared with it (`ExecutableBy=self`), the two
/// listings fetched concurrently and merged (an own image appears in both). Snapshots are the
/// caller's own. Paging follows NextToken to the end, stopping on an empty token or — as botocore's
/// paginator does — on a token seen twice, so a misbehaving endpoint cannot loop forever.
public struct Inventory: Sendable {
  public let account: any AWSAccount
  /// The page size asked for (EC2 returns at most 1,000 per page).
  public var pageSize: Int

  public init(account: any AWSAccount, pageSize: Int = 1000) {
    self.account = account
    self.pageSize = pageSize
  }

  /// The images the caller owns or may launch, in the order EC2 listed them, owned first; or, when
  /// `owners` is not empty, only the images of those owners (one listing, as `--owners` asks).
  public func images(in region: String, owners: [String] = []) async throws -> [Image] {
    if !owners.isEmpty {
      return try await all { token in
        try await account.images(
          in: region, query: ImageQuery(owners: owners, maxResults: pageSize), nextToken: token)
      }
    }
    async let owned = all { token in
      try await account.images(
        in: region, query: ImageQuery(owners: ["self"], maxResults: pageSize), nextToken: token)
    }
    async let shared = all { token in
      try await account.images(
        in: region, query: ImageQuery(executableBy: ["self"], maxResults: pageSize), nextToken: token)
    }
    var seen: Set<String> = []
    return (try await owned + shared).filter { seen.insert($0.id).inserted }
  }

  /// The snapshots the caller owns, or those of `owners` when it is not empty.
  public func snapshots(in region: String, owners: [String] = []) async throws -> [Snapshot] {
    try await all { token in
      try await account.snapshots(
        in: region, query: SnapshotQuery(owners: owners.isEmpty ? ["self"] : owners, maxResults: pageSize),
        nextToken: token)
    }
  }

  /// Every item of a paged listing.
  public static func pages<Item: Sendable>(_ page: (String?) async throws -> Page<Item>) async throws -> [Item] {
    var items: [Item] = []
    var token: String?
    var seen: Set<String> = []
    repeat {
      let next = try await page(token)
      items += next.items
      token = next.nextToken.flatMap { $0.isEmpty ? nil : $0 }
      if let current = token, !seen.insert(current).inserted { break }
    } while token != nil
    return items
  }

  private func all<Item: Sendable>(_ page: @Sendable (String?) async throws -> Page<Item>) async throws -> [Item] {
    try await Self.pages(page)
  }
}
