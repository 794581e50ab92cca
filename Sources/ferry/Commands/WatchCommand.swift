import ArgumentParser
import FerryCloud
import FerryCore
import Foundation

/// `ferry watch [ID…] [--timeout D]`: follows the journal's copies in flight until they end.
///
/// Wiring only. The way back after a dropped SSH session or a stopped `ferry copy --wait`: copies
/// journalled but never sent are sent, copies whose answer was lost (`sending`) are re-sent with
/// their ClientToken once no other ferry can still be waiting for it (`Copier.resumeUnsent`), and
/// everything is followed to its end under the same limits, output and exit statuses as `copy --wait`.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Follow copies in flight until they end (after a disconnect, or a stopped --wait).",
    discussion: """
      With no ID, every copy of this account still in flight in the journal; an ID may be ferry's \
      local id (cp-…), the new AMI or snapshot id, or the ClientToken. A copy whose request was sent \
      but whose answer never arrived is re-sent with the same ClientToken, never copied twice; one \
      sent less than two minutes ago is waited for first, since the ferry that sent it may still be \
      running. Exit status as for `ferry copy --wait`: 0 when every copy succeeded, 3 when one failed, \
      4 at --timeout, 129/130/143 when a signal stopped the watching (the copies go on).

      A copy this journal did not send is taken over (adopted): --discover adopts every copy in flight \
      in the account's enabled Regions that the journal does not know (see `ferry status --discover`) \
      and follows them with the journal's own; an AMI or snapshot id that is not in the journal is \
      looked for in --region, else in every enabled Region, adopted and followed, as `aws ec2 wait` \
      accepts any id. An adopted copy is recorded once however many watchers adopt it, and is never \
      sent: it already exists.
      """
  )

  /// How long a `sending` record must be quiet before it is re-sent (core's default).
  static let quietPeriod: Duration = .seconds(120)

  @Argument(
    help: "Local ids, resource ids or ClientTokens (default: every copy in flight).", completion: Completions.copyId)
  var ids: [String] = []

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Give up watching after this long (e.g. 45s, 90m, 6h).", valueName: "duration"))
  var timeout: String?

  @Flag(help: "Adopt and follow every copy in flight in the account that this journal does not know.")
  var discover = false

  func validate() throws {
    if discover, !ids.isEmpty { throw ValidationError("--discover takes no ID") }
    if let timeout, Durations.parse(timeout) == nil {
      throw ValidationError("--timeout must be a duration such as 6h, 90m or 45s, not \(timeout)")
    }
  }

  func run() async throws {
    try await CommandRunner.run { try await watch() }
  }

  private func watch() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let journal = try context.journal()
    var records = try await journal.records()
    let unknown = ids.filter { id in Self.isResourceId(id) && !records.contains { $0.matches(id) } }
    var reached: (any AWSAccount)?
    var discovered: Set<String> = []
    if discover || !unknown.isEmpty {
      let account = try context.account()
      reached = account
      let adopted = try await adopt(unknown, context: context, account: account, journal: journal)
      discovered = Set(adopted.map(\.id))
      records = try await journal.records()
    }
    let chosen =
      discover
      ? records.filter { discovered.contains($0.id) }
      : ids.isEmpty
        ? records.filter { !$0.phase.isFinal && context.mayOwn($0) }
        : try StatusCommand.select(ids, from: records).filter(context.mayOwn)
    if output.format == .jsonl {
      // Copies that had ended before watching began get their final event too.
      for record in chosen where record.phase.isFinal {
        let event: CopyEvent = record.phase.isSuccess ? .completed(record) : .failed(record)
        EventOutput.objects(event, now: context.time.now()).forEach { StandardOutput.line($0.compactText) }
      }
    }
    let open = chosen.filter { !$0.phase.isFinal }
    guard !open.isEmpty else {
      printResult(chosen, now: context.time.now())
      return CopyFollower.status(of: chosen, timedOut: false, signal: nil, waited: true)
    }

    let account = try reached ?? context.account()
    let key = try await context.accountKey(account)
    let copier = Copier(account: account, journal: journal, time: context.time, accountKey: key)
    let poller = Poller(account: account, journal: journal, time: context.time, accountKey: key)
    let queue = FanOutQueue(copier: copier, poller: poller)
    let followed = open.filter { $0.belongs(to: key) }.map(\.id)
    let time = context.time

    let follower = CopyFollower(
      queue: queue, time: time, sink: EventSink(format: output.format, reporter: context.reporter()))
    let outcome = try await follower.follow(
      followed, until: .finished, timeout: timeout.flatMap(Durations.parse)
    ) {
      await Self.resumeLostAnswers(Set(followed), copier: copier, time: time)
    }
    await AccountFactory.printNotes(of: account)

    // Copies of another account in the journal were not followed: they are left out of the verdict.
    let watched = Set(followed)
    let final = try await journal.records().filter { record in
      chosen.contains { $0.id == record.id } && (watched.contains(record.id) || record.phase.isFinal)
    }
    printResult(final, now: time.now())
    if let stopped = outcome.sink.stopped { throw stopped }
    return CopyFollower.status(of: final, timedOut: outcome.sink.timedOut, signal: outcome.signal, waited: true)
  }

  /// Adopts what the watch names that the journal does not hold: with --discover every copy in flight in
  /// the account, else each unknown AMI or snapshot id.
  ///
  /// Returns the records that follow them.
  private func adopt(
    _ unknown: [String], context: CommandContext, account: any AWSAccount, journal: any Journal
  ) async throws -> [CopyRecord] {
    let key = try await context.accountKey(account)
    var copies: [DiscoveredCopy] = []
    if discover {
      copies = try await StatusCommand.discover(context: context, account: account, journal: journal).copies
    }
    if !unknown.isEmpty {
      let discovery = Discovery(account: account)
      let home = try await context.region(account: account)
      var regions = [String]()
      if let region = global.region {
        regions = [region]
      } else {
        regions = try await discovery.enabledRegions(from: home)
      }
      for id in unknown {
        guard let copy = try await discovery.locate(id, in: regions) else {
          throw CommandError(
            .unreadableInput,
            "no copy in the journal matches \(id), and no Region of the account (\(regions.count) asked) has it")
        }
        copies.append(copy)
      }
    }
    let records = try await Adoption(journal: journal, accountKey: key, time: context.time).adopt(copies)
    for (copy, record) in zip(copies, records) where record.adoptedAt != nil {
      StandardError.line(
        "ferry: following \(copy.resourceId) in \(copy.region) as \(record.id) (adopted: not sent from this journal)")
    }
    return records
  }

  /// `ami-…` or `snap-…`: an id `ferry watch` may adopt when the journal does not know it.
  static func isResourceId(_ id: String) -> Bool { id.hasPrefix("ami-") || id.hasPrefix("snap-") }

  /// Re-sends copies whose answer was lost, waiting first for those sent too recently to be sure
  /// their ferry is gone; returns when none is left `sending` (or the task is cancelled).
  static func resumeLostAnswers(_ ids: Set<String>, copier: Copier, time: any TimeSource) async {
    var announced: Set<String> = []
    while !Task.isCancelled {
      guard let records = try? await copier.journal.records() else { return }
      let sending = records.filter { ids.contains($0.id) && $0.phase == .sending }
      guard !sending.isEmpty else { return }
      let now = time.now()
      let fresh = sending.filter { now.timeIntervalSince($0.updatedAt) < quietPeriod.seconds }
      for record in fresh where announced.insert(record.id).inserted {
        let due = record.updatedAt.addingTimeInterval(quietPeriod.seconds)
        StandardError.line(
          "ferry: \(record.id) was being sent at \(RecordOutput.timestamp(record.updatedAt)) and its answer is not "
            + "recorded; it is re-sent with its ClientToken at \(RecordOutput.timestamp(due)) unless its ferry answers first"
        )
      }
      if fresh.count < sending.count {
        for resumed in (try? await copier.resumeUnsent(only: ids, staleAfter: quietPeriod)) ?? [] {
          StandardError.line("ferry: re-sent \(resumed.id) with its ClientToken after a lost answer")
        }
      }
      guard !fresh.isEmpty else { return }
      let soonest = fresh.map { $0.updatedAt.addingTimeInterval(quietPeriod.seconds) }.min() ?? now
      do {
        try await time.sleep(for: .interval(min(soonest.timeIntervalSince(now), 5) + 0.01))
      } catch {
        return
      }
    }
  }

  private func printResult(_ records: [CopyRecord], now: Date) {
    switch output.format {
    case .json:
      StandardOutput.json(records.map { RecordOutput.json($0, now: now) }, format: .json)
    case .jsonl:
      // The events said it all as it happened.
      break
    case .text:
      if records.isEmpty { StandardOutput.line("No copies in flight.") }
      records.forEach { StandardOutput.line(RecordOutput.text($0, now: now)) }
    }
  }
}
