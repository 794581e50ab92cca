import ArgumentParser
import FerryCloud
import FerryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ferry cancel ID [--yes]`: stops a copy in flight, after the operator says so.
///
/// Wiring only: find the record, ask on the terminal (or take `--yes`), then `Copier.cancel`, which
/// deregisters the pending AMI (EC2 removes its unfinished snapshots) or deletes the pending snapshot,
/// and marks the record `cancelled`. Never asks the account anything before the operator has agreed.
struct CancelCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cancel",
    abstract: "Stop a copy in flight: deregister the pending AMI, or delete the pending snapshot.",
    discussion: """
      ID may be ferry's local id (cp-…), the new AMI or snapshot id, or the ClientToken. ferry asks \
      for confirmation on the terminal; without a terminal, --yes is required (otherwise nothing is \
      cancelled and the exit status is 64). A copy that has already ended (or ends while \
      being cancelled) is left as it is; one never sent is withdrawn. Exit status: 0 cancelled (or already \
      ended), 2 no such copy, 7 sent but not yet named by EC2 (try again), 130 the operator said no.
      """
  )

  @Argument(help: "The copy to stop: local id, new resource id or ClientToken.", completion: Completions.copyId)
  var id: String

  @Flag(name: [.short, .long], help: "Cancel without asking (required when there is no terminal).")
  var yes = false

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  func run() async throws {
    try await CommandRunner.run { try await cancel() }
  }

  private func cancel() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let journal = try context.journal()
    let matching = try StatusCommand.select([id], from: try await journal.records())
    guard matching.count == 1, let record = matching.first else {
      throw CommandError(.unreadableInput, "\(id) matches \(matching.count) copies; give the local id (cp-…)")
    }
    // Asked before the question: a copy that has ended needs no confirmation (and gets none).
    guard !record.phase.isFinal else {
      StandardError.line("ferry: " + CancelOutcome.alreadyEnded(record).summary)
      printResult(record, now: context.time.now())
      return .success
    }
    guard try confirmed(record) else {
      StandardError.line("ferry: nothing was cancelled")
      return .interrupted
    }

    let account = try context.account()
    let key = try await context.accountKey(account)
    let copier = Copier(account: account, journal: journal, time: context.time, accountKey: key)
    let outcome = try await copier.cancel(record.id)
    await AccountFactory.printNotes(of: account)
    if case .notNamedYet = outcome {
      throw CommandError(.otherError, outcome.summary + " (`ferry watch \(record.id)` follows it)")
    }
    StandardError.line("ferry: " + outcome.summary)
    printResult(outcome.record, now: context.time.now())
    return .success
  }

  /// `--yes`, or a `y` typed on the terminal; without either there is no one to ask: a usage error.
  private func confirmed(_ record: CopyRecord) throws -> Bool {
    if yes { return true }
    guard isatty(STDIN_FILENO) == 1 else {
      throw CommandError(
        .usage, "cancel asks on a terminal before it stops a copy; pass --yes to cancel \(record.id) without asking")
    }
    let newId = record.resourceId.map { ", new \($0)" } ?? ""
    StandardError.write("Cancel copy \(record.id) (\(record.sourceId) → \(record.destination)\(newId))? [y/N] ")
    let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    return answer == "y" || answer == "yes"
  }

  private func printResult(_ record: CopyRecord, now: Date) {
    switch output.format {
    case .json, .jsonl:
      let value = RecordOutput.json(record, now: now)
      StandardOutput.line(output.format == .jsonl ? value.compactText : value.prettyText)
    case .text:
      StandardOutput.line(RecordOutput.text(record, now: now))
    }
  }
}
