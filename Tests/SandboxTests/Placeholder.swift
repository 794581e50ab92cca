import Testing

@Test func SandboxTestsBuilds() {}
