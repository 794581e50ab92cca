import FerryRules
import Terminal

/// Draws the review: the exact call, its parameters, every finding, and the equivalent `aws` command.
enum ReviewView {
  struct Line: Equatable {
    var text: String
    var role: ThemeRole
  }

  static func render(_ state: AppState, in body: Rect, into canvas: inout Canvas) {
    let lines = self.lines(state, width: body.width - 2)
    let top = min(state.review.scroll, max(0, lines.count - body.height))
    for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
      canvas.text(line.text, x: body.x + 1, y: body.y + offset, line.role, clip: body)
    }
  }

  /// The review as lines at a width: pure, tested alone.
  static func lines(_ state: AppState, width: Int) -> [Line] {
    guard let plan = state.options.plan else {
      return [Line(text: "Pick a source and a destination first.", role: .dim)]
    }
    var lines: [Line] = []
    if state.options.fanOutPlans.isEmpty {
      let operation = plan.operation?.rawValue ?? "?"
      lines.append(Line(text: "\(operation) sent to the \(plan.region ?? "?") endpoint", role: .title))
      for parameter in APIText.lines(plan.parameters) {
        lines += Canvas.wrap("  " + parameter, width: width, indent: 4).map { Line(text: $0, role: .text) }
      }
    } else {
      lines += fanOutCalls(state, width: width)
    }
    lines.append(Line(text: "", role: .text))
    let preflight = state.review.preflight
    let findings = state.options.findings + preflight
    let errors = findings.filter { $0.severity == .error }.count
    let heading =
      errors == 0
      ? "Findings: no errors" : "Findings: \(errors) error\(errors == 1 ? "" : "s") — submit is refused until fixed"
    lines.append(Line(text: heading, role: errors == 0 ? .ok : .error))
    if state.review.preflightRunning {
      let frame = Spinner(tick: state.spinner).frame(state.theme.glyphs)
      lines.append(Line(text: "  \(frame) preflight: dry run, KMS keys, copies in flight, name…", role: .info))
    } else if state.review.preflightFor == nil, plan.valid {
      lines.append(Line(text: "  preflight not run (p runs it)", role: .dim))
    }
    for finding in findings.sorted(by: { $0.severity < $1.severity }) {
      let text = "  \(OptionsView.mark(finding)) \(finding.field): \(finding.message)"
      lines += Canvas.wrap(text, width: width, indent: 4).map { Line(text: $0, role: OptionsView.role(finding)) }
    }
    if state.options.fanOutPlans.isEmpty, let cli = plan.cli {
      lines.append(Line(text: "", role: .text))
      lines.append(Line(text: "Equivalent AWS CLI command:", role: .title))
      // Wrapped between shell words only (a long word on rows of its own), so what is read is what runs.
      lines += CommandText.rows(cli, width: width, lead: 2, indent: 4).map { Line(text: $0, role: .text) }
      lines.append(Line(text: "  y copies it to the clipboard; w and a .sh path save it as a script.", role: .dim))
    }
    return lines
  }

  /// A fan-out's calls: per place, the operation, endpoint and AMI name, then its `aws` command.
  static func fanOutCalls(_ state: AppState, width: Int) -> [Line] {
    let plans = state.options.fanOutPlans
    var lines = [Line(text: "Fan-out: \(plans.count) calls, one per place (one request document)", role: .title)]
    for (index, (target, plan)) in zip(state.options.targets, plans).enumerated() {
      let operation = plan.operation?.rawValue ?? "?"
      var heading =
        "\(index + 1). \(target.place.kind.rawValue) \(target.place.name): \(operation) sent to the "
        + "\(plan.region ?? "?") endpoint"
      if case .string(let name)? = plan.parameters["Name"] { heading += ", name \(name)" }
      lines += Canvas.wrap(heading, width: width, indent: 4).map { Line(text: $0, role: .text) }
      if let cli = plan.cli {
        lines += CommandText.rows(cli, width: width, lead: 4, indent: 6).map { Line(text: $0, role: .dim) }
      }
    }
    let keys = "  y copies the aws commands, one a line; w saves the fan-out request document."
    lines.append(Line(text: keys, role: .dim))
    return lines
  }
}
