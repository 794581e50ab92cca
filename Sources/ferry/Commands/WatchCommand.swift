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
      """
  )

  /// How long a `sending` record must be quiet before it is re-sent (core's default).
  static let quietPeriod: Duration = .seconds(120)

  @Argument(
    help: "Local ids, resource ids or ClientTokens (default: every copy in flight).", completion: Completions.copyId)
  var ids: [String] = []

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Give up watching after this long (e.g. 45s, 90m, 6h).", valueName: "duration"))
  var timeout: String?

  func validate() throws {
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
    let records = try await journal.records()
    let chosen =
      ids.isEmpty
      ? records.filter { !$0.phase.isFinal && context.mayOwn($0) }
      : try StatusCommand.select(ids, from: records).filter(context.mayOwn)
    if global.output == .jsonl {
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

    let account = try context.account()
    let key = try await context.accountKey(account)
    let copier = Copier(account: account, journal: journal, time: context.time, accountKey: key)
    let poller = Poller(account: account, journal: journal, time: context.time, accountKey: key)
    let queue = FanOutQueue(copier: copier, poller: poller)
    let followed = open.filter { $0.belongs(to: key) }.map(\.id)
    let time = context.time

    let follower = CopyFollower(
      queue: queue, time: time, sink: EventSink(format: global.output, reporter: context.reporter()))
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
    switch global.output {
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
