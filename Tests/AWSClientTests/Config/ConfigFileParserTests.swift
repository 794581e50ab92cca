import Testing

@testable import AWSClient

struct ConfigFileParserTests {
  // MARK: - Sections and values

  @Test func readsSectionsKeysCommentsAndContinuations() throws {
    let text = """
      # a comment
      [default]
      region = us-east-1
      Output: json
        ; an indented comment
      [profile dev]
      role_arn = arn:aws:iam::123456789012:role/dev
      credential_process = /bin/tool --flag # not a comment
      note = first
        second
      """
    let sections = try ConfigFileParser.parse(text, path: "config")
    #expect(sections.map(\.header) == ["default", "profile dev"])
    #expect(sections[0].values == ["region": "us-east-1", "output": "json"])
    #expect(sections[1]["credential_process"] == "/bin/tool --flag # not a comment")
    #expect(sections[1]["note"] == "first\nsecond")
  }

  @Test func parsesNestedSubSections() throws {
    let text = """
      [services local]
      ec2 =
        endpoint_url = http://127.0.0.1:5000
        Other = x
      sts=
        endpoint_url = http://127.0.0.1:5001
      """
    let section = try #require(try ConfigFileParser.parse(text, path: "config").first)
    #expect(section.values.isEmpty)
    #expect(
      section.nested == [
        "ec2": ["endpoint_url": "http://127.0.0.1:5000", "other": "x"],
        "sts": ["endpoint_url": "http://127.0.0.1:5001"],
      ])
  }

  @Test func mergesARepeatedHeaderLaterKeysWinning() throws {
    let sections = try ConfigFileParser.parse("[a]\nx = 1\ny = 1\n[a]\ny = 2\r\n", path: "config")
    #expect(sections == [ConfigSection(header: "a", values: ["x": "1", "y": "2"])])
  }

  // MARK: - Errors

  @Test(arguments: [
    ("region = us-east-1", 1),
    ("[default]\njust words", 2),
    ("[default]\n= value", 2),
    ("[default\nregion = x", 1),
  ])
  func reportsTheFileAndLineOfASyntaxError(text: String, line: Int) {
    #expect {
      try ConfigFileParser.parse(text, path: "/home/op/.aws/config")
    } throws: { error in
      "\(error)" == "Cannot parse the AWS config file /home/op/.aws/config at line \(line) (ConfigParseError)"
    }
  }

  @Test func doesNotShowValuesInDescriptions() throws {
    let section = ConfigSection(header: "default", values: ["aws_secret_access_key": "SECRET"])
    #expect(section.description == "[default] keys: aws_secret_access_key")
  }
}
