import FerryRules
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
