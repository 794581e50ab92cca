import Testing

@Test func TerminalTestsBuilds() {}
