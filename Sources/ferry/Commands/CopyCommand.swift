import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// `ferry copy REQUEST [--wait] [--timeout 6h] [--output json|text]`: submits a copy for real.
///
/// Wiring only: read the request, locate the source from the account, load the catalog, then let
/// FerryCore plan, journal, send and (with `--wait`) follow; print the result on stdout and progress
/// on stderr; exit with an `ExitStatus`.
struct CopyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Submit a copy request, and optionally wait until the copy ends.",
    discussion: """
      REQUEST is a copy request document (JSON), or - for standard input; `ferry plan` checks it \
      offline. The copy is recorded in the journal ($XDG_STATE_HOME/ferry/journal.json) with its \
      ClientToken before it is sent, so a dropped connection never loses or duplicates it: run \
      `ferry status` to see or resume it. With --wait, ferry polls until the copy is available \
      (images) or completed (snapshots), for as long as it takes or until --timeout, and exits 0 only \
      on success. Progress goes to stderr; the result (JSON: operation, region, resourceId, \
      clientToken, state, …) to stdout.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The copy request document (JSON), or - for standard input.")
  var request: String

  @Flag(help: "Wait until the copy ends, however long it takes (see --timeout).")
  var wait = false

  @Option(help: ArgumentHelp("With --wait, give up waiting after this long (e.g. 6h, 90m).", valueName: "duration"))
  var timeout: String?

  func validate() throws {
    if let timeout, Durations.parse(timeout) == nil {
      throw ValidationError("--timeout must be a duration such as 6h, 90m or 45s, not \(timeout)")
    }
    if timeout != nil, !wait { throw ValidationError("--timeout needs --wait") }
  }

  func run() async throws {
    try await CommandRunner.run { try await submit() }
  }

  private func submit() async throws -> ExitStatus {
    let context = CommandContext(options: global)
    let document = try RequestFile.read(request)
    let account = try context.account()
    let journal = try context.journal()
    let key = try await context.accountKey(account)
    let copier = Copier(account: account, journal: journal, time: context.time, accountKey: key)
    let poller = Poller(account: account, journal: journal, time: context.time, accountKey: key)
    let queue = FanOutQueue(copier: copier, poller: poller)

    for resumed in try await copier.resumeUnsent() {
      StandardError.line(
        "ferry: the answer to an earlier copy was lost; re-sent it with its ClientToken: \(RecordOutput.text(resumed, now: context.time.now()))"
      )
    }
    let records: [CopyRecord]
    do {
      let (located, facts) = try await SourceLocator(account: account).locate(document)
      let home = try await context.region(account: account, preferring: located.source.region)
      let catalog = try await CatalogLoader(account: account).catalog(for: located, homeRegion: home)
      records = try await queue.enqueue(located, catalog: catalog, facts: facts)
    } catch let refused as CopyRefused {
      printRefusal(refused)
      return .invalidRequest
    }

    let ids = records.map(\.id)
    var reporter = context.reporter()
    var stopped: AWSError?
    var timedOut = false
    let goal: FanOutQueue.Goal = wait ? .finished : .submitted
    for await event in queue.run(ids, until: goal, timeout: timeout.flatMap(Durations.parse)) {
      reporter.report(event, now: context.time.now())
      if case .stopped(let error) = event { stopped = error }
      if case .timedOut = event { timedOut = true }
    }
    reporter.finishLine()
    await AccountFactory.printNotes(of: account)

    let final = try await journal.records().filter { ids.contains($0.id) }
    printResult(final, fanOut: document.destinations != nil, now: context.time.now())
    if let stopped { throw stopped }
    return Self.status(of: final, timedOut: timedOut, waited: wait)
  }

  /// 0 when every copy did what was asked; 3 when one failed or was refused (5 when for want of
  /// permission); 4 when waiting ran out first.
  static func status(of records: [CopyRecord], timedOut: Bool, waited: Bool) -> ExitStatus {
    let refusedForPermission: Set<String> = ["UnauthorizedOperation", "AuthFailure", "OptInRequired", "Blocked"]
    if records.contains(where: { $0.phase == .rejected && refusedForPermission.contains($0.lastError?.code ?? "") }) {
      return .notAuthorised
    }
    if records.contains(where: { $0.phase.isFinal && !$0.phase.isSuccess }) { return .copyFailed }
    if timedOut { return .timedOut }
    if waited, records.contains(where: { !$0.phase.isFinal }) { return .otherError }
    return .success
  }

  private func printResult(_ records: [CopyRecord], fanOut: Bool, now: Date) {
    switch global.output {
    case .json:
      let values = records.map { RecordOutput.json($0, now: now) }
      print(fanOut ? JSONValue.array(values).prettyText : (values.first ?? .null).prettyText)
    case .text:
      records.forEach { print(RecordOutput.text($0, now: now)) }
    }
  }

  private func printRefusal(_ refused: CopyRefused) {
    switch global.output {
    case .json:
      let findings = refused.findings.map { finding in
        JSONValue.object([
          ("field", .string(finding.field)), ("message", .string(finding.message)),
          ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
        ])
      }
      print(JSONValue.object([("findings", .array(findings)), ("valid", .bool(false))]).prettyText)
    case .text:
      for finding in refused.errors {
        StandardError.line("error  \(finding.field): \(finding.message) [\(finding.rule)]")
      }
    }
    StandardError.line("ferry: the request is not valid; nothing was sent")
  }
}
