import ArgumentParser
import FerryRules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ferry plan REQUEST [--zones FILE] [--outposts FILE] [--output json|text]`: validates a request
/// offline and prints the call it would send.
///
/// Wiring only: read the files, parse them with FerryRules, plan, print, exit 0 (valid), 1 (an error
/// finding) or 2 (the input cannot be read or parsed, with one line on stderr). The contract is
/// `shared/contracts/request-and-plan.md`.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Check a copy request offline and show the EC2 call it becomes.",
    discussion: """
      REQUEST is a copy request document (JSON), or - for standard input. Exit status: 0 when the \
      request is valid (warnings allowed), 1 when it has an error, 2 when a file cannot be read or parsed.

      Local Zones and Outposts are checked against the catalogs given with --zones (the JSON of \
      `aws ec2 describe-availability-zones --all-availability-zones --output json`) and --outposts (the \
      JSON of `aws outposts list-outposts --output json`). Without them nothing is looked up: a Local \
      Zone or Outpost is then reported as an error asking for the catalog file.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(help: "The copy request document (JSON), or - for standard input.")
  var request: String

  @Option(name: .long, help: ArgumentHelp("The account's zones, as describe-availability-zones prints them.", valueName: "file"))
  var zones: String?

  @Option(name: .long, help: ArgumentHelp("The account's Outposts, as list-outposts prints them.", valueName: "file"))
  var outposts: String?

  @Option(name: .long, help: "json (one object; an array for a fan-out) or text.")
  var output: Format = .text

  func run() throws {
    let copyRequest: CopyRequest
    let catalog: Catalog
    do {
      copyRequest = try CopyRequest.parse(json: try InputFile.contents(of: request, limit: CopyRequest.maxDocumentBytes))
      catalog = try Catalog.parse(
        zonesJSON: try zones.map { try InputFile.contents(of: $0, limit: InputFile.catalogLimit) },
        outpostsJSON: try outposts.map { try InputFile.contents(of: $0, limit: InputFile.catalogLimit) })
    } catch {
      InputFile.printError("\(error)")
      throw ExitCode(2)
    }
    let plans = planAll(copyRequest, catalog: catalog)
    switch output {
    case .json:
      print(PlanReport.json(plans, asArray: copyRequest.destinations != nil))
    case .text:
      print(PlanReport.text(plans, fanOut: copyRequest.destinations != nil))
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
    guard descriptor >= 0 else { throw ReadError(description: "cannot read \(path): \(String(cString: strerror(errno)))") }
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
