import Testing

@Test func FerryTUITestsBuilds() {}
