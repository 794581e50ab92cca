import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules
import Terminal

/// `ferry status [ID…] [--output json|text]`: the copies in the journal, refreshed with one poll cycle;
/// `ferry status --discover`: the copies in flight in the account, whoever started them.
///
/// Wiring only. IDs may be local ids (`cp-…`), new resource ids (`ami-…`, `snap-…`) or ClientTokens.
/// Copies left `sending` by a lost connection are re-sent first, with their ClientToken (never a
/// second copy). The account is reached only when one of its own copies is still in flight, so
/// listing finished copies needs no network, and sandbox copies are never checked against AWS.
struct StatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the copies in the journal, refreshed from the account.",
    discussion: """
      With no ID, every copy in the journal. An ID may be ferry's local id (cp-…), the new AMI or \
      snapshot id, or the ClientToken. Copies still under way are refreshed with one poll cycle \
      (one Describe call per Region and kind). Finished copies older than the journal's retention \
      (--journal-retention, default 30d) are moved to a monthly archive beside the journal \
      (journal.archive-YYYY-MM.json); --all shows them too.

      --discover lists instead the copies in flight in every enabled Region of the account, whoever \
      started them (ferry on another machine, the Console, the AWS CLI, Terraform): pending AMIs that \
      name a source image or carry ferry's ferry:client-token tag, and pending snapshots that carry \
      the tag or EBS's marks of a copy. Each says whether this journal knows it (known, journalId); \
      `ferry watch --discover` takes the unknown ones over. Two Describe calls per Region, the \
      Regions in parallel.
      """
  )

  @Argument(help: "Local ids, resource ids or ClientTokens (default: every copy).", completion: Completions.copyId)
  var ids: [String] = []

  @Flag(help: "Include the copies moved to the journal's archive (finished longer ago than the retention).")
  var all = false

  @Flag(help: "List the copies in flight in every enabled Region of the account, whoever started them.")
  var discover = false

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if discover, !ids.isEmpty || all { throw ValidationError("--discover takes no ID and no --all") }
  }

  func run() async throws {
    try await CommandRunner.run { try await discover ? discovered() : status() }
  }

  /// `--discover`: what the account has in flight, marked with what this journal knows.
  private func discovered() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let journal = try context.journal()
    let account = try context.account()
    let found = try await Self.discover(context: context, account: account, journal: journal)
    await AccountFactory.printNotes(of: account)
    switch output.format {
    case .json, .jsonl:
      StandardOutput.json(found.copies.map(DiscoveryOutput.json), format: output.format)
    case .text:
      if found.copies.isEmpty {
        StandardOutput.line("No copies in flight in \(found.regions.count) Regions.")
      } else {
        let table = TextTable(
          header: DiscoveryOutput.header, rows: found.copies.map(DiscoveryOutput.row), whole: DiscoveryOutput.whole,
          dropOrder: DiscoveryOutput.dropOrder)
        table.lines(width: StandardError.terminalWidth(environment: context.environment)).forEach(StandardOutput.line)
      }
    }
    // A Region that could not be asked leaves the list incomplete: say so, and exit as for its error.
    if let error = found.errors.sorted(by: { $0.key < $1.key }).first?.value { throw error }
    return .success
  }

  /// The one discovery of the CLI (`status --discover`, `watch --discover`): every enabled Region, asked
  /// from the Region in use; a Region that fails is named on stderr.
  static func discover(
    context: CommandContext, account: any AWSAccount, journal: any Journal
  ) async throws -> Discovery.Result {
    let key = try await context.accountKey(account)
    let home = try await context.region(account: account)
    let found = try await Discovery(account: account).copies(from: home, journal: journal, accountKey: key)
    for (region, error) in found.errors.sorted(by: { $0.key < $1.key }) {
      StandardError.line("ferry: could not look for copies in \(region): \(error)")
    }
    return found
  }

  private func status() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let journal = try context.journal()
    let records = all ? try await journal.allRecords() : try await journal.records()
    var selected = try Self.select(ids, from: records)

    let open = selected.filter { ($0.phase == .sending || $0.phase.isInFlight) && context.mayOwn($0) }
    if !open.isEmpty {
      let account = try context.account()
      let key = try await context.accountKey(account)
      let copier = Copier(account: account, journal: journal, time: context.time, accountKey: key)
      let sending = Set(open.filter { $0.phase == .sending }.map(\.id))
      if !sending.isEmpty {
        for resumed in try await copier.resumeUnsent(only: sending) {
          StandardError.line("ferry: re-sent \(resumed.id) with its ClientToken after a lost answer")
        }
      }
      let poller = Poller(account: account, journal: journal, time: context.time, accountKey: key)
      let cycle = try await poller.pollOnce(only: Set(open.map(\.id)))
      for (region, error) in cycle.errors.sorted(by: { $0.key < $1.key }) {
        StandardError.line("ferry: could not refresh the copies in \(region): \(error)")
      }
      await AccountFactory.printNotes(of: account)
      if let fatal = cycle.unrecoverableError { throw fatal }
      // Refresh what was polled; archived copies (--all) are final and stay as they were.
      let refreshed = Dictionary(try await journal.records().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
      selected = selected.map { refreshed[$0.id] ?? $0 }
    }

    let now = context.time.now()
    switch output.format {
    case .json, .jsonl:
      StandardOutput.json(selected.map { RecordOutput.json($0, now: now) }, format: output.format)
    case .text:
      if selected.isEmpty {
        StandardOutput.line("No copies in the journal.")
      } else {
        let table = TextTable(
          header: RecordOutput.header, rows: selected.map { RecordOutput.row($0, now: now) },
          whole: RecordOutput.whole, dropOrder: RecordOutput.dropOrder)
        table.lines(width: StandardError.terminalWidth(environment: context.environment)).forEach(StandardOutput.line)
      }
    }
    return .success
  }

  /// The records the ids name, in journal order; every id must name at least one.
  static func select(_ ids: [String], from records: [CopyRecord]) throws -> [CopyRecord] {
    guard !ids.isEmpty else { return records }
    if let unknown = ids.first(where: { id in !records.contains { $0.matches(id) } }) {
      throw CommandError(.unreadableInput, "no copy in the journal matches \(unknown)")
    }
    return records.filter { record in ids.contains { record.matches($0) } }
  }
}
