import ArgumentParser
import FerryCore
import FerryRules

/// `ferry plan (REQUEST | image AMI | snapshot SNAP --to PLACE…) [--live] [--zones FILE] [--outposts FILE]`:
/// checks a request and prints the calls it would send.
///
/// Wiring only: read the request (a file, or the same flags `ferry copy` takes), plan it with
/// FerryRules — offline against the catalog files, or with `--live` against the account through
/// FerryCore's `Admission` and `Preflight`, the checks the TUI's review runs — print, exit 0 (valid),
/// 1 (an error finding) or 2 (the input cannot be read or parsed). The contract is
/// `shared/contracts/request-and-plan.md`.
struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Check a copy request — offline, or against the account with --live — and show the EC2 calls it becomes.",
    usage: """
      ferry plan REQUEST [--zones <file>] [--outposts <file>] [--output <output>]
      ferry plan REQUEST --live [<global options>]
      ferry plan image|snapshot <id> --source-region <region> --to <place>… [<request flags>] [--live] …
      """,
    discussion: """
      REQUEST is a copy request document (JSON), or - for standard input; or, instead of a file, \
      `image AMI-ID` / `snapshot SNAPSHOT-ID` and the request flags `ferry copy` takes. Exit status: 0 \
      when the request is valid (warnings allowed), 1 when it has an error (for a fan-out: in any \
      copy), 2 when a file cannot be read or parsed, 64 for wrong flags.

      Offline (the default), nothing is sent anywhere. Local Zones and Outposts are checked against the \
      catalogs given with --zones (`aws ec2 describe-availability-zones --all-availability-zones \
      --output json`, or `ferry list zones --output json`) and --outposts (`aws outposts list-outposts \
      --output json`, or `ferry list outposts --output json`). Without them a Local Zone or Outpost is \
      reported as an error asking for the catalog file.

      With --live, the account chosen by the global options (--profile, --region, --endpoint-url, \
      --sandbox) is asked instead, as `ferry copy` would: where each source really lives, the places it \
      can go, then the preflight the TUI's review runs — a DryRun of each call, DescribeKey on the \
      destination key and on the source's snapshot keys, copies in flight against the destination's \
      limit, an image with the same name — each a finding with its rule id (preflight-…). An error only \
      where the copy would certainly fail; a check that cannot be made (DescribeKey denied) is a \
      warning. Nothing is copied.
      """
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: OutputOptions

  @Argument(
    help: ArgumentHelp("REQUEST (a file, or -), or image AMI-ID, or snapshot SNAPSHOT-ID.", valueName: "request"),
    completion: Completions.request)
  var what: [String] = []

  @OptionGroup(title: "Request flags") var flags: RequestFlags

  @Flag(help: "Check against the account (the global options choose it), with the TUI's preflight; nothing is copied.")
  var live = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The account's zones: describe-availability-zones' JSON or ferry list zones'.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var zones: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The account's Outposts: list-outposts' JSON or ferry list outposts'.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var outposts: String?

  func validate() throws {
    _ = try RequestBuilder.input(what, flags: flags)
    if live, zones != nil || outposts != nil {
      throw ValidationError("--live asks the account for its places; --zones and --outposts are for offline plans")
    }
  }

  func run() async throws {
    try await CommandRunner.run { try await check() }
  }

  private func check() async throws -> ExitStatus {
    var flagNames: [String: String] = [:]
    let requests: RequestSet
    switch try RequestBuilder.input(what, flags: flags) {
    case .file(let path):
      requests = try RequestFile.read(path)
    case .flags(let built):
      requests = built
      flagNames = flags.fieldFlags
    }
    let plans = live ? try await livePlans(requests) : try offlinePlans(requests)
    switch output.format {
    case .json:
      StandardOutput.line(PlanReport.json(plans, asArray: requests.isFanOut, flags: flagNames))
    case .jsonl:
      plans.forEach { StandardOutput.line(PlanReport.jsonValue($0, flags: flagNames).compactText) }
    case .text:
      StandardOutput.line(PlanReport.text(plans, fanOut: requests.isFanOut, flags: flagNames))
    }
    return plans.contains(where: { !$0.valid }) ? .invalidRequest : .success
  }

  private func offlinePlans(_ requests: RequestSet) throws -> [Plan] {
    if global.sandbox || global.profile != nil || global.endpointURL != nil {
      StandardError.line("ferry: this plan is offline; add --live to check it against the account the options name")
    }
    let catalog: Catalog
    do {
      catalog = try Catalog.parse(
        zonesJSON: try zones.map { try InputFile.contents(of: $0, limit: InputFile.catalogLimit, what: "the zones") },
        outpostsJSON: try outposts.map {
          try InputFile.contents(of: $0, limit: InputFile.catalogLimit, what: "the Outposts")
        })
    } catch let error as CatalogError {
      throw CommandError(.unreadableInput, "\(error)")
    }
    return planAll(requests.documents.map { ($0, nil) }, catalog: catalog)
  }

  /// The plans as `ferry copy` would admit them, with the preflight's findings.
  private func livePlans(_ requests: RequestSet) async throws -> [Plan] {
    let context = CommandContext(options: global)
    let account = try context.account()
    let home = try await context.region(account: account, preferring: requests.documents.first?.source.region)
    let submission: Submission
    do {
      submission = try await Admission.gather(requests.documents, account: account, homeRegion: home)
    } catch let refused as CopyRefused {
      return [Plan(findings: refused.findings)]
    }
    let checked = await Preflight(account: account).run(submission.plans, facts: submission.planFacts)
    await AccountFactory.printNotes(of: account)
    return checked
  }
}
