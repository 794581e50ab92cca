import FerryRules

/// The rules found at least one error in a request, so nothing was sent.
///
/// `description` lists the error findings one per line, as `ferry plan` prints them.
public struct CopyRefused: Error, Sendable, Equatable, CustomStringConvertible {
  public var findings: [Finding]

  public init(findings: [Finding]) {
    self.findings = findings
  }

  public var errors: [Finding] { findings.filter { $0.severity == .error } }

  public var description: String {
    let lines = errors.map { "\($0.field): \($0.message) [\($0.rule)]" }
    return "the request is not valid, nothing was sent: " + lines.joined(separator: "; ")
  }
}
