import Testing

@Test func FerryCoreTestsBuilds() {}
