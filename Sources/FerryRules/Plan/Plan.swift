/// What `plan(_:catalog:)` decided about a request: the call it would send, and every finding.
///
/// `call` is present only when the plan is valid. `operation`, `region` and `parameters` are filled
/// as far as they can be worked out even when the request has errors, so a front end can show them.
public struct Plan: Sendable, Equatable {
  public var operation: Operation?
  public var region: String?
  public var parameters: [String: APIValue]
  public var findings: [Finding]
  /// The equivalent `aws ec2 …` command line.
  public var cli: String?

  public var valid: Bool { !findings.contains { $0.severity == .error } }

  public var call: APICall? {
    guard valid, let operation, let region else { return nil }
    return APICall(operation: operation, region: region, parameters: parameters)
  }

  public init(
    operation: Operation? = nil, region: String? = nil, parameters: [String: APIValue] = [:],
    findings: [Finding] = [], cli: String? = nil
  ) {
    self.operation = operation
    self.region = region
    self.parameters = parameters
    self.findings = findings
    self.cli = cli
  }
}
