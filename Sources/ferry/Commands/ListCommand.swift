import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules
import Terminal

/// `ferry list images|snapshots|regions|zones|outposts [--region R] [--output json|text]`.
///
/// Wiring only: ask the account (through FerryCore's `Inventory` for paged listings), print the
/// contract's JSON array or an aligned table that fits the terminal.
struct ListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List images, snapshots, and the places the account can copy to.",
    discussion: """
      images: the AMIs you own and those shared with you, every page; --owners lists only the AMIs \
      of those owners (self, an account id, amazon, aws-marketplace), as `aws ec2 describe-images \
      --owners` does. snapshots: the snapshots you own (or those of --owners). Both in --region (or \
      the default Region). regions: every Region and its opt-in status. \
      zones and outposts: those of --region, or of every enabled Region when --region is not given.
      """
  )

  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case images, snapshots, regions, zones, outposts
  }

  @Argument(help: "What to list: images, snapshots, regions, zones or outposts.")
  var kind: Kind

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Only images or snapshots of these owners: self, an account id, amazon, aws-marketplace.", valueName: "owner"))
  var owners: [String] = []

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if !owners.isEmpty, kind != .images, kind != .snapshots {
      throw ValidationError("--owners applies to images and snapshots only")
    }
  }

  func run() async throws {
    try await CommandRunner.run { try await list() }
  }

  private func list() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let account = try context.account()
    let region = try await context.region(account: account)
    let rows: ListingOutput.Rows
    switch kind {
    case .images:
      rows = ListingOutput.images(try await Inventory(account: account).images(in: region, owners: owners))
    case .snapshots:
      rows = ListingOutput.snapshots(try await Inventory(account: account).snapshots(in: region, owners: owners))
    case .regions:
      rows = ListingOutput.regions(try await account.regions(from: region))
    case .zones:
      rows = ListingOutput.zones(try await eachRegion(account, home: region) { try await account.zones(in: $0) })
    case .outposts:
      rows = ListingOutput.outposts(try await eachRegion(account, home: region) { try await account.outposts(in: $0) })
    }
    await AccountFactory.printNotes(of: account)
    switch output.format {
    case .json, .jsonl:
      StandardOutput.json(rows.json, format: output.format)
    case .text:
      rows.table.lines(width: StandardError.terminalWidth(environment: context.environment)).forEach(
        StandardOutput.line)
    }
    return .success
  }

  /// The items of `--region`, or of every Region the account has enabled, asked concurrently.
  private func eachRegion<Item: Sendable>(
    _ account: any AWSAccount, home: String, _ fetch: @escaping @Sendable (String) async throws -> [Item]
  ) async throws -> [Item] {
    if global.region != nil { return try await fetch(home) }
    let enabled = try await account.regions(from: home).filter { $0.optIn != .notOptedIn }.map(\.name)
    return try await withThrowingTaskGroup(of: (Int, [Item]).self) { group in
      for (index, region) in enabled.enumerated() {
        group.addTask { (index, try await fetch(region)) }
      }
      var results: [(Int, [Item])] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }
}
