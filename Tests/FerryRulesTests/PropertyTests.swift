import FerryRules
import PropertyBased
import Testing

private let nameCharacters = Array("abcXYZ019 ()[]./-'@_")
private let anyCharacters = Array("aZ9 -_:é\"\\\n{}[]ü🚀")

@Suite struct PropertyTests {
  // MARK: - Names

  @Test func anyValidNameIsAcceptedAndSentAsWritten() async {
    await propertyCheck(input: Gen<Character?>.element(of: nameCharacters).compactMap { $0 }.string(of: 3...128)) {
      name in
      var request = Fixture.image()
      request.name = name
      let result = plan(request, catalog: Fixture.catalog)
      #expect(result.valid)
      #expect(result.parameters["Name"] == .string(name))
    }
  }

  @Test func anyNameWithAForbiddenCharacterIsRefused() async {
    await propertyCheck(
      input: Gen<Character?>.element(of: nameCharacters).compactMap { $0 }.string(of: 3...40),
      Gen<Character?>.element(of: Array(":#!é*?")).compactMap { $0 }
    ) { name, bad in
      var request = Fixture.image()
      request.name = name + String(bad)
      #expect(plan(request, catalog: Fixture.catalog).errors.map(\.rule).contains("name-characters"))
    }
  }

  // MARK: - The planner

  @Test func planNeverCrashesAndIsDeterministic() async {
    let text = Gen<Character?>.element(of: anyCharacters).compactMap { $0 }.string(of: 0...20)
    let places = Gen<String?>.element(of: [
      "us-east-1", "eu-west-1", "cn-north-1", "us-east-1-bos-1a", "us-west-2-lax-1b", "use1-bos1-az1", "bogus",
      Fixture.eastOutpost, Fixture.westOutpost,
    ]).compactMap { $0 }
    await propertyCheck(
      count: 300,
      input: Gen<Resource>.case, places, places, text.optional, Gen.int(in: -30...3000).optional, Gen.bool.optional
    ) { resource, from, to, name, minutes, encrypted in
      let request = CopyRequest(
        resource: resource,
        source: SourceSpec(
          id: name ?? "", region: from.hasSuffix("1") ? from : nil, localZone: from.hasSuffix("a") ? from : nil),
        destination: DestinationSpec(
          region: to.hasSuffix("1") ? to : nil, localZone: to.hasSuffix("a") ? to : nil,
          localZoneId: to.hasPrefix("use1") ? to : nil, outpostArn: to.hasPrefix("arn:") ? to : nil),
        name: name, encrypted: encrypted, kmsKeyId: name, tags: TagSets(image: [Tag(key: name ?? "", value: "v")]),
        completionDurationMinutes: minutes)
      let first = plan(request, catalog: Fixture.catalog)
      #expect(first == plan(request, catalog: Fixture.catalog))
      #expect(first.valid == (first.call != nil))
      #expect(first.findings.map(\.severity) == first.findings.map(\.severity).sorted())
      #expect(first.findings.allSatisfy { Rule(rawValue: $0.rule) != nil && !$0.message.isEmpty })
    }
  }

  @Test func cliTagJSONMatchesTheParameters() async {
    let text = Gen<Character?>.element(of: anyCharacters + ["'"]).compactMap { $0 }.string(of: 0...12)
    await propertyCheck(input: text.array(of: 1...8), text.array(of: 0...8)) { keys, values in
      var request = Fixture.image()
      request.tags = TagSets(
        image: keys.enumerated().map { Tag(key: $1, value: values.isEmpty ? "" : values[$0 % values.count]) },
        snapshot: values.map { Tag(key: $0, value: $0) })
      let result = plan(request, catalog: Fixture.catalog)
      let json = result.parameters["TagSpecifications"]?.compactJSON ?? ""
      #expect(result.cli?.hasSuffix(" --tag-specifications " + ShellQuoting.quote(json)) == true)
      #expect((try? JSONReader().read(Array(json.utf8))) != nil)
    }
  }

  // MARK: - The JSON reader

  @Test func readerNeverCrashesOnRandomBytes() async {
    await propertyCheck(count: 500, input: Gen.uint8(in: 0...255).array(of: 0...64)) { bytes in
      _ = try? JSONReader().read(bytes)
      _ = try? CopyRequest.parse(json: bytes)
    }
  }

  @Test func readerNeverCrashesOnJSONLikeText() async {
    let pieces = Gen<String?>.element(of: [
      "{", "}", "[", "]", ",", ":", "\"a\"", "1", "-", "e", "\\u", "true", "null", " ",
    ])
    .compactMap { $0 }.array(of: 0...40)
    await propertyCheck(count: 500, input: pieces) { parts in
      let text = parts.joined()
      if let value = try? JSONReader().read(Array(text.utf8)) {
        let again = try? JSONReader().read(Array(value.prettyText.utf8))
        #expect(again == value)
        #expect((try? JSONReader().read(Array(value.compactText.utf8))) == value)
      }
    }
  }
}
