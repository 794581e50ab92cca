/// Renders a plan for `ferry plan`: as the contract's JSON object, or as text for people.
///
/// JSON: `{cli, findings, operation, parameters, region, valid}` with sorted keys (the contract in
/// `shared/contracts/request-and-plan.md`). Text: the verdict first, then one line per finding (severity,
/// field, message, rule id), then the equivalent AWS CLI command. Pure: returns strings, prints nothing.
///
/// `flags` names, for a request spelled with command-line flags, the flag of each document key
/// (`completionDurationMinutes` → `--completion-minutes`): text then names the flag, and JSON adds it
/// as `flag` beside the contract's `field`, so a finding speaks the front end's language.
public enum PlanReport {
  /// The plan as the contract's JSON object.
  public static func jsonValue(_ plan: Plan, flags: [String: String] = [:]) -> JSONValue {
    .object([
      ("cli", plan.cli.map(JSONValue.string) ?? .null),
      ("findings", .array(plan.findings.map { jsonValue($0, flag: flags[$0.field]) })),
      ("operation", plan.operation.map { .string($0.rawValue) } ?? .null),
      ("parameters", jsonValue(APIValue.structure(plan.parameters))),
      ("region", plan.region.map(JSONValue.string) ?? .null),
      ("valid", .bool(plan.valid)),
    ])
  }

  /// One plan as a JSON object, or several (a fan-out) as an array.
  public static func json(_ plans: [Plan], asArray: Bool, flags: [String: String] = [:]) -> String {
    if !asArray, plans.count == 1 { return jsonValue(plans[0], flags: flags).prettyText }
    return JSONValue.array(plans.map { jsonValue($0, flags: flags) }).prettyText
  }

  /// Findings that refused a submission: `{"findings": […], "valid": false}`, each finding as in a plan.
  public static func refusal(_ findings: [Finding], flags: [String: String] = [:]) -> JSONValue {
    .object([("findings", .array(findings.map { jsonValue($0, flag: flags[$0.field]) })), ("valid", .bool(false))])
  }

  /// One finding as the contract's object (sorted keys), with the flag that set its field when known.
  public static func jsonValue(_ finding: Finding, flag: String? = nil) -> JSONValue {
    .object(
      [("field", .string(finding.field))] + (flag.map { [("flag", JSONValue.string($0))] } ?? []) + [
        ("message", .string(finding.message)),
        ("rule", .string(finding.rule)),
        ("severity", .string(finding.severity.rawValue)),
      ])
  }

  /// One finding on one line for people: severity, the field (or its flag), message, rule id.
  public static func line(_ finding: Finding, flags: [String: String] = [:], fieldWidth: Int = 0) -> String {
    let severity = finding.severity.rawValue.padding(to: 7)
    let field = flags[finding.field] ?? finding.field
    return "\(severity)  \(field.padding(to: fieldWidth))  \(finding.message) [\(finding.rule)]"
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
  public static func text(_ plans: [Plan], fanOut: Bool, flags: [String: String] = [:]) -> String {
    guard fanOut else { return plans.map { text($0, flags: flags) }.joined(separator: "\n\n") }
    return plans.enumerated().map { text($1, label: "[\($0 + 1)/\(plans.count)] ", flags: flags) }
      .joined(separator: "\n\n")
  }

  /// The plan for people: "✔ valid — CopyImage to eu-west-1" or "✘ 2 errors", the findings, the command.
  public static func text(_ plan: Plan, label: String = "", flags: [String: String] = [:]) -> String {
    var lines = [label + headline(plan)]
    let fieldWidth = plan.findings.map { (flags[$0.field] ?? $0.field).count }.max() ?? 0
    for finding in plan.findings {
      lines.append("  " + line(finding, flags: flags, fieldWidth: fieldWidth))
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
