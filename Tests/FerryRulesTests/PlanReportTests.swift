import FerryRules
import Testing

@Suite struct PlanReportTests {
  // MARK: - Text

  @Test func headlineWithoutAnOperation() {
    let plan = Plan(findings: [
      Finding(severity: .error, field: "destinations", rule: "destinations-empty", message: "Empty.")
    ])
    #expect(PlanReport.text(plan) == "✘ 1 error\n  error    destinations  Empty. [destinations-empty]")
  }

  @Test func validPlanEndsWithTheCommand() {
    let plan = Plan(operation: .copySnapshot, region: "eu-west-1", cli: "aws ec2 copy-snapshot --region eu-west-1")
    #expect(
      PlanReport.text(plan) == "✔ valid — CopySnapshot to eu-west-1\n\n  aws ec2 copy-snapshot --region eu-west-1")
    #expect(PlanReport.text([plan, plan], fanOut: true).hasPrefix("[1/2] ✔ valid"))
  }

  // MARK: - JSON

  @Test func jsonHasTheContractKeysAndNulls() {
    let plan = Plan(parameters: ["DryRun": .boolean(true), "SnapshotCopyCompletionDurationMinutes": .integer(15)])
    #expect(
      PlanReport.json([plan], asArray: false) == """
        {
          "cli": null,
          "findings": [],
          "operation": null,
          "parameters": {
            "DryRun": true,
            "SnapshotCopyCompletionDurationMinutes": 15
          },
          "region": null,
          "valid": true
        }
        """)
    #expect(PlanReport.json([plan], asArray: true).hasPrefix("[\n  {\n"))
  }
}
