import FerryCloud
import FerryRules
import Foundation
import Terminal

/// Runs commands against the world: the account, the copy desk (journal), theme files and the file system.
///
/// The only place in the TUI that does I/O. Every method returns a message, errors included; none
/// throws. Run from tasks off the input loop, so a slow call never freezes the screen.
public struct EffectRunner: Sendable {
  public var account: any AWSAccount
  public var desk: CopyDesk
  public var themes: ThemeLoader
  /// Page size asked of DescribeImages / DescribeSnapshots.
  public var pageSize: Int

  public init(
    account: any AWSAccount, desk: CopyDesk, themes: ThemeLoader = ThemeLoader(directories: []), pageSize: Int = 1000
  ) {
    self.account = account
    self.desk = desk
    self.themes = themes
    self.pageSize = pageSize
  }

  /// Runs one command.
  ///
  /// Returns nil for run-time commands the runner handles itself.
  public func run(_ command: Command, callerAccount: String?) async -> Message? {
    switch command {
    case .loadIdentity:
      return .identity(await capture { try await account.identity() })
    case .loadSources(let resource, let region, let scope, let token, let generation):
      let result = await capture {
        try await page(resource, region: region, scope: scope, token: token, caller: callerAccount)
      }
      return .sourcesPage(generation: generation, scope: scope, result)
    case .loadPlaces(let home, let regions):
      return .places(await capture { try await places(home: home, regions: regions) })
    case .loadKMSKeys(let region):
      return .kmsKeys(region: region, await capture { try await account.kmsKeys(in: region) })
    case .preflight(let input):
      return .preflight(call: input.call, await Preflight(account: account).run(input))
    case .submit(let request, let catalog, let facts):
      return .submitted(await capture { try await desk.submit(request, catalog: catalog, facts: facts) })
    case .refreshCopies:
      return .copies(await capture { try await desk.copies() })
    case .cancelCopy(let id):
      return .cancelled(id: id, await capture { try await desk.cancel(id: id) })
    case .loadTheme(let name):
      let themes = self.themes
      return .theme(
        await capture { () throws -> Theme in
          do { return try themes.load(named: name) } catch { throw Failure(String(describing: error)) }
        })
    case .save(let path, let contents, let overwrite):
      return .saved(await capture { try save(path: path, contents: contents, overwrite: overwrite) })
    case .cancel, .quit, .suspend, .useSandbox, .switchProfile:
      return nil
    }
  }

  private func page(_ resource: Resource, region: String, scope: Command.Scope, token: String?, caller: String?)
    async throws
    -> SourcePage
  {
    switch resource {
    case .image:
      let query =
        scope == .owned
        ? ImageQuery(owners: ["self"], maxResults: pageSize) : ImageQuery(executableBy: ["self"], maxResults: pageSize)
      let page = try await account.images(in: region, query: query, nextToken: token)
      // "Shared with me" also lists what I own; keep each image once.
      let items = page.items.filter { scope == .owned || $0.ownerId != caller }
      return SourcePage(items: items.map { SourceItem(.image($0), callerAccount: caller) }, nextToken: page.nextToken)
    case .snapshot:
      let query =
        scope == .owned
        ? SnapshotQuery(owners: ["self"], maxResults: pageSize)
        : SnapshotQuery(restorableBy: ["self"], maxResults: pageSize)
      let page = try await account.snapshots(in: region, query: query, nextToken: token)
      let items = page.items.filter { scope == .owned || $0.ownerId != caller }
      return SourcePage(
        items: items.map { SourceItem(.snapshot($0), callerAccount: caller) }, nextToken: page.nextToken)
    }
  }

  /// Regions from the home Region; Local Zones and Outposts of each Region named, fetched in parallel.
  private func places(home: String, regions: [String]) async throws -> Places {
    let account = self.account
    let allRegions = try await account.regions(from: home)
    var zones: [Zone] = []
    var outposts: [Outpost] = []
    try await withThrowingTaskGroup(of: ([Zone], [Outpost]).self) { group in
      for region in regions {
        group.addTask { (try await account.zones(in: region), try await account.outposts(in: region)) }
      }
      for try await (regionZones, regionOutposts) in group {
        zones.append(contentsOf: regionZones)
        outposts.append(contentsOf: regionOutposts)
      }
    }
    return Places(catalog: Catalog(regions: allRegions, zones: zones, outposts: outposts))
  }

  /// Writes atomically (temporary file, then rename); refuses to replace a file unless told to.
  private func save(path: String, contents: String, overwrite: Bool) throws -> SaveOutcome {
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    if !overwrite, FileManager.default.fileExists(atPath: url.path) { return .exists(url.path) }
    do {
      try Data(contents.utf8).write(to: url, options: .atomic)
    } catch {
      throw Failure("Could not write \(url.path): \(error.localizedDescription)")
    }
    return .written(url.path)
  }

  private func capture<T: Sendable>(_ body: () async throws -> T) async -> Result<T, Failure> {
    do {
      return .success(try await body())
    } catch {
      return .failure(Failure(error))
    }
  }
}
