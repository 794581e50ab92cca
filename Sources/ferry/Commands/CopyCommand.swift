import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules
import Foundation

/// `ferry copy (REQUEST | image AMI | snapshot SNAP --to PLACE…) [--wait [--timeout D]]`: submits a copy.
///
/// Wiring only: build the request (from the file or the flags), locate the source from the account,
/// load the catalog, then let FerryCore plan, journal, send and (with `--wait`) follow; print the
/// result on stdout and progress on stderr; exit with an `ExitStatus`.
struct CopyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Submit a copy — from a request file or from flags — and optionally wait until it ends.",
    usage: """
      ferry copy REQUEST [--wait [--timeout <duration>]] [<global options>]
      ferry copy image <ami-id> --source-region <region> --to <place>… --name <name> [<request flags>] [--wait]
      ferry copy snapshot <snap-id> --source-region <region> --to <place>… [<request flags>] [--wait]
      """,
    discussion: """
      REQUEST is a copy request document (JSON), or - for standard input; `ferry plan` checks it \
      offline. Instead of a file, the request flags spell the same document (--print-request shows \
      it); a file and the flags cannot be mixed. --to takes a Region (eu-west-1), a Local Zone name \
      (us-west-2-lax-1a) or id (usw2-lax1-az1), or an Outpost ARN; several --to make a fan-out, one \
      copy per place, sent as the per-Region copy limits allow.

      Every copy is recorded in the journal ($XDG_STATE_HOME/ferry/journal.json) with its ClientToken \
      before it is sent, so a dropped connection never loses or duplicates it. With --wait, ferry \
      polls until the copy is available (images) or completed (snapshots), for as long as it takes or \
      until --timeout, and exits 0 only on success. SIGHUP, SIGINT or SIGTERM stop the waiting, not \
      the copy: `ferry watch` picks it up again. Progress goes to stderr; the result (JSON: \
      operation, region, resourceId, clientToken, state, …; an array for a fan-out) to stdout, or with \
      --output jsonl one event per line as it happens.
      """
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  @Argument(
    help: ArgumentHelp("REQUEST (a file, or -), or image AMI-ID, or snapshot SNAPSHOT-ID.", valueName: "request"),
    completion: Completions.request)
  var what: [String] = []

  @OptionGroup(title: "Request flags") var flags: RequestFlags

  @Flag(help: "Wait until the copy ends, however long it takes (see --timeout).")
  var wait = false

  @Option(
    help: ArgumentHelp("With --wait, give up waiting after this long (e.g. 45s, 90m, 6h).", valueName: "duration"))
  var timeout: String?

  @Flag(name: .customLong("print-request"), help: "Print the request document as JSON and exit; nothing is sent.")
  var printRequest = false

  func validate() throws {
    _ = try RequestBuilder.input(what, flags: flags)
    if let timeout, Durations.parse(timeout) == nil {
      throw ValidationError("--timeout must be a duration such as 6h, 90m or 45s, not \(timeout)")
    }
    if timeout != nil, !wait { throw ValidationError("--timeout needs --wait") }
  }

  func run() async throws {
    try await CommandRunner.run { try await submit() }
  }

  private func submit() async throws -> ExitStatus {
    let requests: RequestSet
    var flagNames: [String: String] = [:]
    switch try RequestBuilder.input(what, flags: flags) {
    case .file(let path): requests = try RequestFile.read(path)
    case .flags(let built):
      requests = built
      flagNames = flags.fieldFlags
    }
    if printRequest {
      StandardOutput.line(requests.json.prettyText)
      return .success
    }
    let context = CommandContext(options: global)
    let account = try context.account()
    let journal = try context.journal()
    // Who the account is (for the journal) is asked while the rules' facts are gathered.
    async let accountKey = context.accountKey(account)
    let home = try await context.region(account: account, preferring: requests.documents.first?.source.region)
    let submission: Submission
    do {
      submission = try await Admission.gather(requests.documents, account: account, homeRegion: home)
    } catch let refused as CopyRefused {
      printRefusal(refused, flags: flagNames)
      return .invalidRequest
    }
    let copier = Copier(account: account, journal: journal, time: context.time, accountKey: try await accountKey)
    let poller = Poller(account: account, journal: journal, time: context.time, accountKey: copier.accountKey)
    let queue = FanOutQueue(copier: copier, poller: poller)

    for resumed in try await copier.resumeUnsent() {
      StandardError.line(
        "ferry: the answer to an earlier copy was lost; re-sent it with its ClientToken: \(RecordOutput.text(resumed, now: context.time.now()))"
      )
    }
    let records: [CopyRecord]
    do {
      records = try await Admission(copier: copier).admit(submission)
    } catch let refused as CopyRefused {
      printRefusal(refused, flags: flagNames)
      return .invalidRequest
    }

    let follower = CopyFollower(
      queue: queue, time: context.time, sink: EventSink(format: output.format, reporter: context.reporter()))
    let outcome = try await follower.follow(
      records.map(\.id), until: wait ? .finished : .submitted, timeout: timeout.flatMap(Durations.parse))
    await AccountFactory.printNotes(of: account)

    printResult(outcome.records, fanOut: requests.isFanOut, now: context.time.now())
    if let stopped = outcome.sink.stopped { throw stopped }
    return CopyFollower.status(
      of: outcome.records, timedOut: outcome.sink.timedOut, signal: outcome.signal, waited: wait)
  }

  private func printResult(_ records: [CopyRecord], fanOut: Bool, now: Date) {
    switch output.format {
    case .json:
      StandardOutput.json(records.map { RecordOutput.json($0, now: now) }, format: .json, asArray: fanOut)
    case .jsonl:
      // The events said it all as it happened.
      break
    case .text:
      records.forEach { StandardOutput.line(RecordOutput.text($0, now: now)) }
    }
  }

  private func printRefusal(_ refused: CopyRefused, flags: [String: String]) {
    switch output.format {
    case .json, .jsonl:
      let report = PlanReport.refusal(refused.findings, flags: flags)
      StandardOutput.line(output.format == .jsonl ? report.compactText : report.prettyText)
    case .text:
      for finding in refused.errors {
        StandardError.line(PlanReport.line(finding, flags: flags))
      }
    }
    StandardError.line("ferry: the request is not valid; nothing was sent")
  }
}
