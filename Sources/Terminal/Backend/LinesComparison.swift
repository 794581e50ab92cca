/// Compares screen text against expected lines and explains the difference: the core of every
/// `assertLines` helper.
///
/// Pure: returns a report instead of failing, so any test framework can wrap it and attribute the
/// failure to its caller's source location.
public enum LinesComparison {
  /// nil when equal; otherwise the size difference or each differing row, quoted.
  public static func mismatch(actual: [String], expected: [String]) -> String? {
    guard actual != expected else { return nil }
    var report: [String] = []
    if actual.count != expected.count {
      report.append("expected \(expected.count) rows, got \(actual.count)")
    }
    for row in 0..<max(actual.count, expected.count) {
      let got = row < actual.count ? "\"\(actual[row])\"" : "(none)"
      let want = row < expected.count ? "\"\(expected[row])\"" : "(none)"
      if got != want { report.append("row \(row): expected \(want)\n        got \(got)") }
    }
    report.append("screen:\n" + actual.map { "  \"\($0)\"" }.joined(separator: "\n"))
    return report.joined(separator: "\n")
  }
}
