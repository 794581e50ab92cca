import FerryCloud
import FerryCore
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
  /// The profiles `:profile` can switch to (names from the AWS config files; none when not given).
  public var profileNames: @Sendable () -> [String]

  public init(
    account: any AWSAccount, desk: CopyDesk, themes: ThemeLoader = ThemeLoader(directories: []), pageSize: Int = 1000,
    profileNames: @escaping @Sendable () -> [String] = { [] }
  ) {
    self.account = account
    self.desk = desk
    self.themes = themes
    self.pageSize = pageSize
    self.profileNames = profileNames
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
    case .preflightFanOut(let plans, let facts):
      let checked = await Preflight(account: account).run(plans, facts: plans.map { _ in facts })
      let added = zip(plans, checked).map { plan, checked in checked.findings.filter { !plan.findings.contains($0) } }
      return .preflightFanOut(calls: plans.compactMap(\.call), added)
    case .submitFanOut(let request, let catalog, let facts):
      return .submittedFanOut(await capture { try await desk.submitFanOut(request, catalog: catalog, facts: facts) })
    case .submit(let request, let catalog, let facts):
      return .submitted(await capture { try await desk.submit(request, catalog: catalog, facts: facts) })
    case .refreshCopies:
      return .copies(await capture { try await desk.copies() })
    case .readJournal(let known):
      let read = await capture { try await desk.journalIfChanged(since: known) }
      return .journal(marker: (try? read.get())?.marker ?? known, read.map(\.records))
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
    case .saveScript(let path, let contents, let overwrite):
      return .saved(
        await capture { try save(path: path, contents: contents, overwrite: overwrite, permissions: 0o755) })
    case .loadProfiles:
      return .profiles(profileNames())
    case .restoreDraft(let path, let home):
      return .draftRestored(
        path: path, await capture { try await restoreDraft(path: path, home: home, caller: callerAccount) })
    case .deleteDraft(let path):
      return .draftDeleted(
        await capture { () throws -> String in
          do { try FileManager.default.removeItem(atPath: path) } catch {
            throw Failure("Could not delete \(path): \(error.localizedDescription)")
          }
          return path
        })
    case .cancel, .quit, .suspend, .useSandbox, .switchProfile, .endSession, .copyToClipboard:
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
  ///
  /// Outposts are optional: an account without them (or an endpoint that doesn't serve them) still
  /// gets its Regions and Local Zones, with a note saying what could not be listed.
  private func places(home: String, regions: [String]) async throws -> Places {
    let account = self.account
    let allRegions = try await account.regions(from: home)
    var zones: [Zone] = []
    var outposts: [Outpost] = []
    var unavailable: [String] = []
    try await withThrowingTaskGroup(of: ([Zone], Result<[Outpost], Failure>).self) { group in
      for region in regions {
        group.addTask {
          async let regionOutposts = capture { try await account.outposts(in: region) }
          return (try await account.zones(in: region), await regionOutposts)
        }
      }
      for try await (regionZones, regionOutposts) in group {
        zones.append(contentsOf: regionZones)
        switch regionOutposts {
        case .success(let found): outposts.append(contentsOf: found)
        case .failure(let failure): unavailable.append("Outposts could not be listed: \(failure.description)")
        }
      }
    }
    return Places(catalog: Catalog(regions: allRegions, zones: zones, outposts: outposts), unavailable: unavailable)
  }

  /// Reads a kept request document (one copy or one fan-out, as the form keeps them), describes its
  /// source as it is now, and lists the places: the Local Zones and Outposts of every Region named.
  private func restoreDraft(path: String, home: String, caller: String?) async throws -> RestoredDraft {
    let set: RequestSet
    do {
      set = try RequestSet.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    } catch let error as RequestError {
      throw Failure("\(path) is not a request document ferry can read: \(error)")
    } catch {
      throw Failure("Could not read \(path): \(error.localizedDescription)")
    }
    guard let request = set.documents.first, set.documents.count == 1 else {
      throw Failure(
        "\(path) holds \(set.documents.count) requests; the TUI restores one (a fan-out included). "
          + "`ferry copy \(path)` submits them all.")
    }
    let spec = request.source
    let zoneRegion = spec.localZone.flatMap(RegionName.parentRegion(ofZone:))
    guard let region = spec.region ?? spec.outpostArn.flatMap(Outpost.init(arn:))?.region ?? zoneRegion else {
      throw Failure("The kept request does not say where \(spec.id) lives.")
    }
    let item: SourceItem?
    switch request.resource {
    case .image:
      item = try await account.images(in: region, query: ImageQuery(imageIds: [spec.id]), nextToken: nil).items.first
        .map { SourceItem(.image($0), callerAccount: caller) }
    case .snapshot:
      item = try await account.snapshots(in: region, query: SnapshotQuery(snapshotIds: [spec.id]), nextToken: nil)
        .items.first.map { SourceItem(.snapshot($0), callerAccount: caller) }
    }
    guard let item else { throw Failure("\(spec.id) is no longer in \(region).") }
    // The Regions the admission would ask for zones and Outposts (`CatalogLoader.places`), so a fan-out's
    // Local Zones and Outposts are listed to be marked again.
    let needed = CatalogLoader.places([request])
    return RestoredDraft(
      request: request, source: item,
      places: try await places(
        home: home, regions: ([region, home] + needed.zoneRegions + needed.outpostRegions).uniqued()))
  }

  /// Writes atomically (temporary file, then rename); refuses to replace a file unless told to.
  ///
  /// `permissions` (0o755 for a script) are set once the file is in place.
  private func save(path: String, contents: String, overwrite: Bool, permissions: Int? = nil) throws -> SaveOutcome {
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    if !overwrite, FileManager.default.fileExists(atPath: url.path) { return .exists(url.path) }
    do {
      try Data(contents.utf8).write(to: url, options: .atomic)
      if let permissions {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
      }
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
