import Testing

@Test func AWSSigningTestsBuilds() {}
