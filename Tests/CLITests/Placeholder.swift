import Testing

@Test func CLITestsBuilds() {}
