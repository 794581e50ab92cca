import FerryRules
import Foundation
import Testing

@Suite struct RuleCatalogTests {
  private static let rulesDoc: String = {
    let file = #filePath
    let tests = file[..<(file.range(of: "/Tests/")?.lowerBound ?? file.endIndex)]
    return String(decoding: Fixture.readFile(tests + "/docs/rules.md"), as: UTF8.self)
  }()

  @Test(arguments: Rule.allCases)
  func everyRuleIsDocumentedForOperators(_ rule: Rule) {
    #expect(Self.rulesDoc.contains("`\(rule.rawValue)`"))
  }

  @Test func ruleIdsAreKebabCaseAndUnique() {
    let ids = Rule.allCases.map(\.rawValue)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { id in id.allSatisfy { $0 == "-" || ("a"..."z").contains($0) } })
  }
}

/// Rule ids are typed in one place: no source file outside FerryRules spells one as a string.
@Suite struct RuleIdsLiveInFerryRulesTests {
  @Test func noSourceOutsideFerryRulesSpellsARuleId() throws {
    let file = #filePath
    let root = String(file[..<(file.range(of: "/Tests/")?.lowerBound ?? file.endIndex)])
    let sources = URL(fileURLWithPath: root + "/Sources")
    let files =
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.path.contains("/Sources/FerryRules/") }
      ?? []
    #expect(!files.isEmpty)
    // Ids of one dash (`dry-run`, `outpost-arn`) are also flag and filter names, so only longer ones are looked for.
    let ids = Set(Rule.allCases.map(\.rawValue).filter { $0.count(where: { $0 == "-" }) >= 2 }.map { "\"\($0)\"" })
    for url in files {
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(!text.contains("rule: \""), "\(url.lastPathComponent) spells a rule id; use FerryRules' Rule")
      for id in ids where text.contains(id) {
        Issue.record("\(url.lastPathComponent) spells the rule id \(id); use FerryRules' Rule")
      }
    }
  }
}
