import Testing

@Test func AWSClientTestsBuilds() {}
