import Foundation
import Testing

/// Runs the built `ferry` binary; `swift build --build-tests` builds it beside the tests.
private enum Ferry {
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/plan")
  static let zones = fixtures.appendingPathComponent("zones.json").path
  static let outposts = fixtures.appendingPathComponent("outposts.json").path

  static var binary: URL? {
    let candidates = [
      ".build/debug/ferry", ".build/x86_64-unknown-linux-gnu/debug/ferry",
      ".build/aarch64-unknown-linux-gnu/debug/ferry",
    ]
    let urls: [URL] = candidates.map { root.appendingPathComponent($0) }
    return urls.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
    let binary = try #require(binary, "build ferry first: swift build --build-tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  /// Writes `text` to a new temporary file and returns its path.
  static func file(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-plan-\(UUID().uuidString).json")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func plan(_ request: String, _ extra: [String] = []) throws -> Result {
    let path = try file(request)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try run(["plan", path] + extra)
  }

  /// The `findings[].rule` values of a JSON plan.
  static func rules(_ json: String) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let findings = object?["findings"] as? [[String: Any]] ?? []
    return findings.compactMap { $0["rule"] as? String }
  }
}

private let regionToRegion =
  #"{"resource": "image", "source": {"id": "ami-0123456789abcdef0", "region": "us-east-1"}, "destination": {"region": "eu-west-1"}, "name": "app-server-2026-11-26"}"#
private let withCatalogs = ["--zones", Ferry.zones, "--outposts", Ferry.outposts]

private let expectedJSON = """
  {
    "cli": "aws ec2 copy-image --region eu-west-1 --source-region us-east-1 --source-image-id ami-0123456789abcdef0 --name app-server-2026-11-26",
    "findings": [
      {
        "field": "encrypted",
        "message": "The AMI's snapshots will keep the source's encryption state: encrypted sources stay encrypted, unencrypted ones stay unencrypted unless encryption by default is on; set encrypted to true to encrypt.",
        "rule": "encryption-to-region",
        "severity": "info"
      }
    ],
    "operation": "CopyImage",
    "parameters": {
      "Name": "app-server-2026-11-26",
      "SourceImageId": "ami-0123456789abcdef0",
      "SourceRegion": "us-east-1"
    },
    "region": "eu-west-1",
    "valid": true
  }

  """

private let expectedText = """
  ✔ valid — CopyImage to us-east-1 (1 warning)
    warning  destination  Copies between Local Zones with the same parent Region are supported only for certain Local Zones; if EC2 refuses, copy through us-east-1. [local-zone-to-local-zone]
    info     encrypted    If us-east-1-mia-1a requires encrypted snapshots, they are encrypted automatically during the copy; otherwise the AMI's snapshots will keep the source's encryption state: encrypted sources stay encrypted, unencrypted ones stay unencrypted unless encryption by default is on; set encrypted to true to encrypt. [encryption-to-local-zone]

    aws ec2 copy-image --region us-east-1 --source-region us-east-1 --source-image-id ami-0123456789abcdef0 --name app --destination-availability-zone us-east-1-mia-1a

  """

private let expectedHelp = """
  OVERVIEW: Check a copy request — offline, or against the account with --live —
  and show the EC2 calls it becomes.

  REQUEST is a copy request document (JSON), or - for standard input; or, instead
  of a file, `image AMI-ID` / `snapshot SNAPSHOT-ID` and the request flags `ferry
  copy` takes. Exit status: 0 when the request is valid (warnings allowed), 1
  when it has an error (for a fan-out: in any copy), 2 when a file cannot be read
  or parsed, 64 for wrong flags.

  Offline (the default), nothing is sent anywhere. Local Zones and Outposts are
  checked against the catalogs given with --zones (`aws ec2
  describe-availability-zones --all-availability-zones --output json`, or `ferry
  list zones --output json`) and --outposts (`aws outposts list-outposts --output
  json`, or `ferry list outposts --output json`). Without them a Local Zone or
  Outpost is reported as an error asking for the catalog file.

  With --live, the account chosen by the global options (--profile, --region,
  --endpoint-url, --sandbox) is asked instead, as `ferry copy` would: where each
  source really lives, the places it can go, then the preflight the TUI's review
  runs — a DryRun of each call, DescribeKey on the destination key and on the
  source's snapshot keys, copies in flight against the destination's limit, an
  image with the same name — each a finding with its rule id (preflight-…). An
  error only where the copy would certainly fail; a check that cannot be made
  (DescribeKey denied) is a warning. Nothing is copied.

  USAGE: ferry plan REQUEST [--zones <file>] [--outposts <file>] [--output <output>]
         ferry plan REQUEST --live [<global options>]
         ferry plan image|snapshot <id> --source-region <region> --to <place>… [<request flags>] [--live] …

  ARGUMENTS:
    <request>               REQUEST (a file, or -), or image AMI-ID, or snapshot
                            SNAPSHOT-ID.

  REQUEST FLAGS:
    --source-region <region>
                            The Region the source lives in.
    --source-local-zone <zone>
                            The Local Zone the source lives in (instead of
                            --source-region).
    --source-outpost-arn <arn>
                            The Outpost the source lives on (instead of
                            --source-region).
    --to <place>            Where the copy goes: a Region, a Local Zone name or
                            id, or an Outpost ARN. Repeat for a fan-out.
    --name <[place=]name>   The new AMI's name (images: required): NAME, or
                            PLACE=NAME for one --to (AMI names are unique per
                            Region).
    --description <text>    The new resource's description.
    --encrypted/--no-encrypted
                            --encrypted encrypts the copy (Encrypted=true);
                            --no-encrypted turns that off (Encrypted=false).
    --kms-key <[place=]key> The KMS key for the copy: KEY for every destination,
                            or PLACE=KEY for one --to. Repeatable.
    --tag <key=value>       A tag for the new AMI and its snapshots (or the new
                            snapshot).
    --image-tag <key=value> A tag for the new AMI only.
    --snapshot-tag <key=value>
                            A tag for the new snapshots only.
    --copy-image-tags       Copy the source AMI's own tags to the new AMI.
    --completion-minutes <minutes>
                            A time-based copy finishing within this many minutes
                            (15–2880, steps of 15).
    --client-token <token>  The idempotency token (default: generated and kept).
    --dry-run               Ask EC2 only whether the copy would be allowed;
                            nothing is copied.

  OPTIONS:
    --profile <profile>     Use a named profile from ~/.aws/config and
                            ~/.aws/credentials.
    --region <region>       The Region to work in (default: AWS_REGION,
                            AWS_DEFAULT_REGION or the profile's).
    --endpoint-url <endpoint-url>
                            Send EC2 calls to this URL instead of the Region's
                            endpoint.
    --sandbox               Use the built-in simulated account instead of AWS.
    --debug                 Log every AWS request and response (secrets redacted)
                            under $XDG_STATE_HOME/ferry/.
    --cli-read-timeout <seconds>
                            How long one AWS request may wait for its answer, in
                            seconds (default 60; 0 waits for ever), as in the AWS
                            CLI.
    --journal-retention <duration>
                            How long finished copies stay in the journal before
                            they move to its archive (default 30d, or [journal]
                            retention in $XDG_CONFIG_HOME/ferry/config).
    --no-color              Never colour the output (NO_COLOR is honoured too).
    --output <output>       text (for people), json (for scripts), or jsonl (one
                            JSON object per line: events for copy --wait and
                            watch). (values: text, json, jsonl; default: text)
    --live                  Check against the account (the global options choose
                            it), with the TUI's preflight; nothing is copied.
    --zones <file>          The account's zones: describe-availability-zones'
                            JSON or ferry list zones'.
    --outposts <file>       The account's Outposts: list-outposts' JSON or ferry
                            list outposts'.
    --version               Show the version.
    -h, --help              Show help information.


  """

@Suite(.serialized) struct PlanCommandTests {
  // MARK: - Valid requests: exit 0

  @Test func jsonOutputIsTheContractObject() throws {
    let result = try Ferry.plan(regionToRegion, withCatalogs + ["--output", "json"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout == expectedJSON)
  }

  @Test func textOutputPutsTheVerdictFirst() throws {
    let request =
      #"{"resource": "image", "source": {"id": "ami-0123456789abcdef0", "localZone": "us-east-1-bos-1a"}, "destination": {"localZone": "us-east-1-mia-1a"}, "name": "app"}"#
    let result = try Ferry.plan(request, withCatalogs)
    #expect(result.status == 0)
    #expect(result.stdout == expectedText)
  }

  @Test func readsTheRequestFromStandardInput() throws {
    let result = try Ferry.run(["plan", "-", "--output", "json"], stdin: regionToRegion)
    #expect(result.status == 0)
    #expect(result.stdout == expectedJSON)
  }

  @Test func fanOutPrintsAnArray() throws {
    let request =
      #"{"resource": "snapshot", "source": {"id": "snap-0123456789abcdef0", "region": "us-west-2"}, "destinations": [{"region": "eu-west-1"}, {"localZone": "us-west-2-lax-1a"}]}"#
    let result = try Ferry.plan(request, withCatalogs + ["--output", "json"])
    #expect(result.status == 0)
    let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    let regions: [String] = array.compactMap { $0["region"] as? String }
    #expect(regions == ["eu-west-1", "us-west-2"])
    let text = try Ferry.plan(request, withCatalogs)
    let headlines = text.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }
    #expect(headlines == ["[1/2] ✔ valid — CopySnapshot to eu-west-1", "[2/2] ✔ valid — CopySnapshot to us-west-2"])
  }

  // MARK: - Invalid requests: exit 1

  @Test func errorsExitOneWithTheFindings() throws {
    let request =
      #"{"resource": "snapshot", "source": {"id": "snap-0123456789abcdef0", "region": "us-east-1"}, "destination": {"region": "eu-west-1"}, "encrypted": false}"#
    let json = try Ferry.plan(request, withCatalogs + ["--output", "json"])
    #expect(json.status == 1)
    #expect(json.stdout.contains(#""valid": false"#))
    #expect(try Ferry.rules(json.stdout) == ["snapshot-encrypted-false", "encryption-to-region"])
    let text = try Ferry.plan(request, withCatalogs)
    #expect(text.status == 1)
    let firstLines = text.stdout.split(separator: "\n").prefix(1).joined()
    #expect(firstLines == "✘ 1 error — CopySnapshot to eu-west-1 would not be sent")
    #expect(!text.stdout.contains("aws ec2"))
  }

  @Test func localZoneWithoutCatalogAsksForIt() throws {
    let request =
      #"{"resource": "image", "source": {"id": "ami-0123456789abcdef0", "region": "us-east-1"}, "destination": {"localZone": "us-east-1-bos-1a"}, "name": "app"}"#
    let result = try Ferry.plan(request, ["--output", "json"])
    #expect(result.status == 1)
    #expect(try Ferry.rules(result.stdout).first == "zones-catalog-missing")
    #expect(result.stdout.contains("pass --zones FILE"))
  }

  // MARK: - Unreadable input: exit 2, one line on stderr

  @Test(arguments: [
    ("{", "not valid JSON at byte 1: expected a key in double quotes\n"),
    ("", "not valid JSON at byte 0: the document is empty\n"),
    ("[1]", "[0]: must be an object, found a number\n"),
    ("[]", "an array of requests must hold at least one request\n"),
    (
      #"{"resource": "image", "colour": "red"}"#,
      "colour: unknown key (expected one of resource, source, destination, destinations, name, description, encrypted, kmsKeyId, copyImageTags, tags, completionDurationMinutes, clientToken, dryRun)\n"
    ),
  ])
  func unparsableRequest(_ request: String, _ reason: String) throws {
    let path = try Ferry.file(request)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try Ferry.run(["plan", path])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr == "ferry: cannot read the request \(path): \(reason)")
    // ferry copy reads the file with the same codec and says the same.
    let copy = try Ferry.run(["copy", "--sandbox", path])
    #expect(copy.status == 2)
    #expect(copy.stderr == result.stderr)
  }

  @Test func missingFile() throws {
    let result = try Ferry.run(["plan", "/nonexistent/request.json"])
    #expect(result.status == 2)
    #expect(result.stderr == "ferry: cannot read the request /nonexistent/request.json: No such file or directory\n")
  }

  @Test func wrongCatalog() throws {
    let result = try Ferry.plan(regionToRegion, ["--zones", Ferry.outposts])
    #expect(result.status == 2)
    #expect(
      result.stderr == "ferry: zones catalog: expected an object with \"AvailabilityZones\"; is this the right file?\n")
  }

  @Test func hugeRequest() throws {
    let result = try Ferry.plan(regionToRegion + String(repeating: " ", count: 1 << 20))
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("ferry: /"))
    #expect(result.stderr.hasSuffix(".json is larger than 1024 KiB; is it the right file?\n"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  // MARK: - Help

  @Test func helpExplainsTheCatalogs() throws {
    let result = try Ferry.run(["plan", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout == expectedHelp)
  }
}
