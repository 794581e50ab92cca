import FerryRules
import Testing

private func parse(_ json: String) throws(RequestError) -> CopyRequest {
  try CopyRequest.parse(json: Array(json.utf8))
}

private let minimal =
  #"{"resource": "image", "source": {"id": "ami-0123456789abcdef0", "region": "us-east-1"}, "destination": {"region": "eu-west-1"}, "name": "a-b-c"}"#

@Suite struct RequestParsingTests {
  // MARK: - Valid documents

  @Test func readsEveryKey() throws {
    let json = """
      {"resource": "image", "source": {"id": "ami-0123456789abcdef0", "region": "us-east-1"},
       "destination": {"localZoneId": "use1-bos1-az1"}, "name": "n-1", "description": "d", "encrypted": true,
       "kmsKeyId": "alias/k", "copyImageTags": false, "tags": {"image": {"z": "1", "a": "2"}, "snapshot": {}},
       "completionDurationMinutes": 60, "clientToken": "t", "dryRun": true}
      """
    let request = try parse(json)
    #expect(
      request
        == CopyRequest(
          resource: .image, source: SourceSpec(id: "ami-0123456789abcdef0", region: "us-east-1"),
          destination: DestinationSpec(localZoneId: "use1-bos1-az1"), name: "n-1", description: "d", encrypted: true,
          kmsKeyId: "alias/k", copyImageTags: false,
          tags: TagSets(image: [Tag(key: "z", value: "1"), Tag(key: "a", value: "2")], snapshot: []),
          completionDurationMinutes: 60, clientToken: "t", dryRun: true))
  }

  @Test func duplicateTagKeysAreKeptForTheRule() throws {
    let request = try parse(
      #"{"resource": "snapshot", "source": {"id": "snap-0123abcd", "region": "us-east-1"}, "destination": {"region": "us-east-1"}, "tags": {"snapshot": {"team": "a", "team": "b"}}}"#
    )
    #expect(request.tags?.snapshot == [Tag(key: "team", value: "a"), Tag(key: "team", value: "b")])
    #expect(plan(request, catalog: Catalog()).errors == [RuleHit("tag-key-duplicate", "tags")])
  }

  @Test func fanOut() throws {
    let request = try parse(
      #"{"resource": "image", "source": {"id": "ami-0123abcd", "region": "us-east-1"}, "destinations": [{"region": "eu-west-1", "kmsKeyId": "alias/eu"}, {"region": "us-west-2"}], "name": "abc"}"#
    )
    #expect(
      request.destinations == [
        DestinationSpec(region: "eu-west-1", kmsKeyId: "alias/eu"), DestinationSpec(region: "us-west-2"),
      ])
  }

  @Test func nullMeansAbsent() throws {
    let request = try parse(
      #"{"resource": "image", "source": {"id": "ami-0123abcd", "region": "us-east-1", "localZone": null}, "destination": {"region": "eu-west-1"}, "name": null}"#
    )
    #expect(request.name == nil)
    #expect(request.source.localZone == nil)
  }

  // MARK: - One-line errors naming the key

  @Test(arguments: [
    ("", "request: not valid JSON at byte 0: the document is empty"),
    ("   ", "request: not valid JSON at byte 0: the document is empty"),
    ("resource: image", "request: not valid JSON at byte 0: expected a value"),
    ("[]", "request: must be an object, found an array"),
    ("{\"resource\": \"image\",}", "request: not valid JSON at byte 21: expected a key in double quotes"),
    (#"{"resource": "ami"}"#, "request: resource: must be \"image\" or \"snapshot\", not \"ami\""),
    (#"{"source": {}}"#, "request: resource: is required"),
    (#"{"resource": "image"}"#, "request: source: is required"),
    (#"{"resource": "image", "source": {"region": "us-east-1"}}"#, "request: source.id: is required"),
    (
      #"{"resource": "image", "source": {"id": "a", "zone": "b"}}"#,
      "request: source.zone: unknown key (expected one of id, region, localZone, outpostArn)"
    ),
    (#"{"resource": "image", "source": {"id": 5}}"#, "request: source.id: must be a string, found a number"),
    (#"{"resource": "image", "source": {"id": "a"}}"#, "request: missing destination (or destinations for a fan-out)"),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {"region": "x"}, "destinations": [{"region": "y"}]}"#,
      "request: give either destination or destinations, not both"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destinations": []}"#,
      "request: destinations: must list at least one destination"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {"kmsKeyId": "k"}}"#,
      "request: destination.kmsKeyId: unknown key (expected one of region, localZone, localZoneId, outpostArn)"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destinations": [{"zone": "k"}]}"#,
      "request: destinations[0].zone: unknown key (expected one of region, localZone, localZoneId, outpostArn, kmsKeyId, name)"
    ),
    (#"{"resource": "image", "resource": "image"}"#, "request: resource: the key appears more than once"),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "encrypted": "yes"}"#,
      "request: encrypted: must be true or false, found a string"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "completionDurationMinutes": 60.5}"#,
      "request: completionDurationMinutes: must be a whole number, not 60.5"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "completionDurationMinutes": 99999999999999999999}"#,
      "request: completionDurationMinutes: must be a whole number, not 99999999999999999999"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "tags": {"image": {"team": 1}}}"#,
      "request: tags.image.team: a tag value must be a string, found a number"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "tags": {"volume": {}}}"#,
      "request: tags.volume: unknown key (expected one of image, snapshot)"
    ),
    (
      #"{"resource": "image", "source": {"id": "a"}, "destination": {}, "Name": "x"}"#,
      "request: Name: unknown key (expected one of resource, source, destination, destinations, name, description, encrypted, kmsKeyId, copyImageTags, tags, completionDurationMinutes, clientToken, dryRun)"
    ),
  ])
  func errorsAreOneLine(_ json: String, _ message: String) {
    #expect(throws: RequestError.self) { try parse(json) }
    do {
      _ = try parse(json)
    } catch {
      #expect(error.description == message)
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func hugeDocumentsAreRefused() {
    var bytes = Array(minimal.utf8)
    bytes.append(contentsOf: [UInt8](repeating: 0x20, count: CopyRequest.maxDocumentBytes))
    #expect(
      throws: RequestError(path: "", reason: "not valid JSON at byte 1048576: the document is larger than 1024 KiB")
    ) {
      try CopyRequest.parse(json: bytes)
    }
  }

  @Test func notUTF8IsRefused() {
    #expect(throws: RequestError(path: "", reason: "not valid JSON at byte 0: the document is not valid UTF-8")) {
      try CopyRequest.parse(json: [0x7B, 0xFF, 0x7D])
    }
  }
}
