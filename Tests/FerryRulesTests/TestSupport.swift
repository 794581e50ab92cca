import FerryRules

/// Shared builders for the rules tests: the fixture catalog and request shorthands.
enum Fixture {
  static let directory: String = {
    let file = #filePath
    let folder = file[..<(file.lastIndex(of: "/") ?? file.endIndex)]
    return folder + "/Fixtures"
  }()

  /// The bytes of a file in `Fixtures/`; empty when it is missing, which the tests then notice.
  static func bytes(_ name: String) -> [UInt8] {
    readFile(directory + "/" + name)
  }

  static func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// The catalog of `Fixtures/zones.json` and `Fixtures/outposts.json`.
  static let catalog: Catalog = {
    (try? Catalog.parse(zonesJSON: bytes("zones.json"), outpostsJSON: bytes("outposts.json"))) ?? Catalog()
  }()

  static let eastOutpost = "arn:aws:outposts:us-east-1:111122223333:outpost/op-0123456789abcdef0"
  static let westOutpost = "arn:aws:outposts:us-west-2:111122223333:outpost/op-0fedcba9876543210"
  static let ami = "ami-0123456789abcdef0"
  static let snap = "snap-0123456789abcdef0"

  static func zone(_ name: String) -> Zone {
    catalog.zone(named: name) ?? Zone(name: name, id: "", kind: .other, region: "", group: "", optIn: .notOptedIn)
  }

  static func outpost(_ arn: String) -> Outpost {
    catalog.outpost(arn: arn) ?? Outpost(arn: arn, id: "", name: "", region: "", account: "")
  }

  /// A valid AMI copy from us-east-1 to eu-west-1, to be changed one field at a time.
  static func image(
    from source: SourceSpec = SourceSpec(id: ami, region: "us-east-1"),
    to destination: DestinationSpec = DestinationSpec(region: "eu-west-1")
  ) -> CopyRequest {
    CopyRequest(resource: .image, source: source, destination: destination, name: "app-server-2026-11-26")
  }

  /// A valid snapshot copy from us-east-1 to eu-west-1.
  static func snapshot(
    from source: SourceSpec = SourceSpec(id: snap, region: "us-east-1"),
    to destination: DestinationSpec = DestinationSpec(region: "eu-west-1")
  ) -> CopyRequest {
    CopyRequest(resource: .snapshot, source: source, destination: destination)
  }
}

extension Plan {
  /// The (rule, field) pairs of the error findings.
  var errors: [RuleHit] { findings.filter { $0.severity == .error }.map { RuleHit($0.rule, $0.field) } }
  var warnings: [RuleHit] { findings.filter { $0.severity == .warning }.map { RuleHit($0.rule, $0.field) } }
  func has(_ rule: String) -> Bool { findings.contains { $0.rule == rule } }
}

/// A rule id and the field it was reported on.
struct RuleHit: Equatable, CustomStringConvertible, Sendable {
  var rule: String
  var field: String
  init(_ rule: String, _ field: String) {
    self.rule = rule
    self.field = field
  }
  var description: String { "\(rule)@\(field)" }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// FerryRules' tag, not Swift Testing's `Tag` trait.
typealias Tag = FerryRules.Tag
