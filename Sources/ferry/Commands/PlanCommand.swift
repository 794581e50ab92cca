import ArgumentParser
import FerryRules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ferry plan (REQUEST | image AMI | snapshot SNAP --to PLACE…) [--zones FILE] [--outposts FILE]
/// [--output json|text]`: validates a request offline and prints the call it would send.
///
/// Wiring only: read the files (or build the request from the same flags `ferry copy` takes), parse
/// them with FerryRules, plan, print, exit 0 (valid), 1 (an error finding) or 2 (the input cannot be
/// read or parsed, with one line on stderr). The contract is `shared/contracts/request-and-plan.md`.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Check a copy request offline and show the EC2 call it becomes.",
    usage: """
      ferry plan REQUEST [--zones <file>] [--outposts <file>] [--output <output>]
      ferry plan image|snapshot <id> --source-region <region> --to <place>… [<request flags>] [--zones <file>] …
      """,
    discussion: """
      REQUEST is a copy request document (JSON), or - for standard input; or, instead of a file, \
      `image AMI-ID` / `snapshot SNAPSHOT-ID` and the request flags `ferry copy` takes. Exit status: 0 \
      when the request is valid (warnings allowed), 1 when it has an error (for a fan-out: in any \
      copy), 2 when a file cannot be read or parsed, 64 for wrong flags.

      Local Zones and Outposts are checked against the catalogs given with --zones (the JSON of \
      `aws ec2 describe-availability-zones --all-availability-zones --output json`) and --outposts (the \
      JSON of `aws outposts list-outposts --output json`). Without them nothing is looked up: a Local \
      Zone or Outpost is then reported as an error asking for the catalog file.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(
    help: ArgumentHelp("REQUEST (a file, or -), or image AMI-ID, or snapshot SNAPSHOT-ID.", valueName: "request"),
    completion: Completions.request)
  var what: [String] = []

  @OptionGroup(title: "Request flags") var flags: RequestFlags

  @Option(
    name: .long,
    help: ArgumentHelp("The account's zones, as describe-availability-zones prints them.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var zones: String?

  @Option(
    name: .long, help: ArgumentHelp("The account's Outposts, as list-outposts prints them.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var outposts: String?

  @Option(name: .long, help: "json (one object; an array for a fan-out) or text.")
  var output: Format = .text

  func validate() throws {
    _ = try RequestBuilder.input(what, flags: flags)
  }

  func run() throws {
    let requests: RequestSet
    let catalog: Catalog
    do {
      switch try RequestBuilder.input(what, flags: flags) {
      case .file(let path):
        requests = try RequestFile.parse(try InputFile.contents(of: path, limit: CopyRequest.maxDocumentBytes))
      case .flags(let built):
        requests = built
      }
      catalog = try Catalog.parse(
        zonesJSON: try zones.map { try InputFile.contents(of: $0, limit: InputFile.catalogLimit) },
        outpostsJSON: try outposts.map { try InputFile.contents(of: $0, limit: InputFile.catalogLimit) })
    } catch {
      InputFile.printError("\(error)")
      throw ExitCode(2)
    }
    let plans = requests.documents.flatMap { planAll($0, catalog: catalog) }
    switch output {
    case .json:
      print(PlanReport.json(plans, asArray: requests.isFanOut))
    case .text:
      print(PlanReport.text(plans, fanOut: requests.isFanOut))
    }
    if plans.contains(where: { !$0.valid }) { throw ExitCode(1) }
  }
}

/// Reads a whole input file (or standard input for `-`) with a size cap, failing with one line.
private enum InputFile {
  static let catalogLimit = 64 << 20

  struct ReadError: Error, CustomStringConvertible {
    var description: String
  }

  static func contents(of path: String, limit: Int) throws -> [UInt8] {
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw ReadError(description: "cannot read \(path): \(String(cString: strerror(errno)))")
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ReadError(description: "cannot read \(path): \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw ReadError(description: "\(path) is larger than \(limit / 1024) KiB; is it the right file?")
      }
    }
  }

  static func printError(_ message: String) {
    let line = "ferry: " + message.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
    var bytes = Array(line.utf8)
    _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
