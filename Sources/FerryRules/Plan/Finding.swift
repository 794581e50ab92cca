/// One thing the rules found about a request: an error blocks the copy, a warning or info does not.
public struct Finding: Sendable, Equatable, Hashable, Codable {
  public enum Severity: String, Sendable, Equatable, Hashable, Codable, Comparable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .info: 2
      }
    }
  }

  public var severity: Severity
  /// The top-level key of the request document at fault (`destination`, `kmsKeyId`, `tags`, …).
  public var field: String
  /// A stable identifier of the rule (`local-zone-to-local-zone`); never reworded once published.
  public var rule: String
  /// A sentence an operator understands and can act on.
  public var message: String

  public init(severity: Severity, field: String, rule: String, message: String) {
    self.severity = severity
    self.field = field
    self.rule = rule
    self.message = message
  }
}

extension Finding {
  /// The findings with errors first, then warnings, then info; the order within a severity is kept.
  public static func sortedBySeverity(_ findings: [Finding]) -> [Finding] {
    var sorted: [Finding] = []
    sorted.reserveCapacity(findings.count)
    for severity in [Severity.error, .warning, .info] {
      for finding in findings where finding.severity == severity { sorted.append(finding) }
    }
    return sorted
  }
}
