import Testing

@Test func FerryRulesTestsBuilds() {}
