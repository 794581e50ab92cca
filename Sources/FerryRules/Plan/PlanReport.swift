/// Renders a plan for `ferry plan`: as the contract's JSON object, or as text for people.
///
/// JSON: `{cli, findings, operation, parameters, region, valid}` with sorted keys (the contract in
/// `shared/contracts/request-and-plan.md`). Text: the verdict first, then one line per finding (severity,
/// field, message, rule id), then the equivalent AWS CLI command. Pure: returns strings, prints nothing.
public enum PlanReport {
  /// The plan as the contract's JSON object.
  public static func jsonValue(_ plan: Plan) -> JSONValue {
    .object([
      ("cli", plan.cli.map(JSONValue.string) ?? .null),
      ("findings", .array(plan.findings.map(jsonValue))),
      ("operation", plan.operation.map { .string($0.rawValue) } ?? .null),
      ("parameters", jsonValue(APIValue.structure(plan.parameters))),
      ("region", plan.region.map(JSONValue.string) ?? .null),
      ("valid", .bool(plan.valid)),
    ])
  }

  /// One plan as a JSON object, or several (a fan-out) as an array.
  public static func json(_ plans: [Plan], asArray: Bool) -> String {
    if !asArray, plans.count == 1 { return jsonValue(plans[0]).prettyText }
    return JSONValue.array(plans.map(jsonValue)).prettyText
  }

  /// A finding as the contract's JSON object (`field`, `message`, `rule`, `severity`): for `plan` and for
  /// `copy`'s refusal alike.
  public static func jsonValue(_ finding: Finding) -> JSONValue {
    .object([
      ("field", .string(finding.field)),
      ("message", .string(finding.message)),
      ("rule", .string(finding.rule)),
      ("severity", .string(finding.severity.rawValue)),
    ])
  }

  private static func jsonValue(_ value: APIValue) -> JSONValue {
    switch value {
    case .string(let text): .string(text)
    case .integer(let number): .number(String(number))
    case .boolean(let flag): .bool(flag)
    case .list(let values): .array(values.map(jsonValue))
    case .structure(let members): .object(members.keys.sorted().map { ($0, members[$0].map(jsonValue) ?? .null) })
    }
  }

  /// Several plans for people; a fan-out's headlines are numbered (`[2/3] ✔ valid — …`).
  public static func text(_ plans: [Plan], fanOut: Bool) -> String {
    guard fanOut else { return plans.map { text($0) }.joined(separator: "\n\n") }
    return plans.enumerated().map { text($1, label: "[\($0 + 1)/\(plans.count)] ") }.joined(separator: "\n\n")
  }

  /// The plan for people: "✔ valid — CopyImage to eu-west-1" or "✘ 2 errors", the findings, the command.
  public static func text(_ plan: Plan, label: String = "") -> String {
    var lines = [label + headline(plan)]
    let fieldWidth = plan.findings.map(\.field.count).max() ?? 0
    for finding in plan.findings {
      let severity = finding.severity.rawValue.padding(to: 7)
      lines.append("  \(severity)  \(finding.field.padding(to: fieldWidth))  \(finding.message) [\(finding.rule)]")
    }
    if plan.valid, let cli = plan.cli {
      lines.append("")
      lines.append("  \(cli)")
    }
    return lines.joined(separator: "\n")
  }

  private static func headline(_ plan: Plan) -> String {
    let target = plan.operation.map { operation in
      plan.region.map { "\(operation.rawValue) to \($0)" } ?? operation.rawValue
    }
    let errors = plan.findings.count { $0.severity == .error }
    let warnings = plan.findings.count { $0.severity == .warning }
    if errors > 0 {
      let count = "✘ \(errors) error\(errors == 1 ? "" : "s")"
      return target.map { "\(count) — \($0) would not be sent" } ?? count
    }
    let note = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
    return "✔ valid — \(target ?? "copy")\(note)"
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
