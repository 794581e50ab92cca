import FerryRules
import Testing

private struct TagCase: CustomTestStringConvertible, Sendable {
  var label: String
  var resource: Resource
  var tags: TagSets
  var errors: [RuleHit]
  var testDescription: String { label }
}

private func tags(_ count: Int) -> [Tag] { (0..<count).map { Tag(key: "k\($0)", value: "v") } }
private func key(_ length: Int) -> String { String(repeating: "k", count: length) }
private func tagsError(_ rule: String) -> RuleHit { RuleHit(rule, "tags") }

private let tagCases: [TagCase] = [
  TagCase(
    label: "127-character key", resource: .image, tags: TagSets(image: [Tag(key: key(127), value: "")]), errors: []),
  TagCase(
    label: "128-character key", resource: .image, tags: TagSets(image: [Tag(key: key(128), value: "")]),
    errors: [tagsError("tag-key-length")]),
  TagCase(
    label: "empty key", resource: .image, tags: TagSets(snapshot: [Tag(key: "", value: "v")]),
    errors: [tagsError("tag-key-length")]),
  TagCase(
    label: "127 multi-byte characters", resource: .image,
    tags: TagSets(image: [Tag(key: String(repeating: "é", count: 127), value: "")]), errors: []),
  TagCase(
    label: "256-character value", resource: .snapshot, tags: TagSets(snapshot: [Tag(key: "a", value: key(256))]),
    errors: []),
  TagCase(
    label: "257-character value", resource: .snapshot, tags: TagSets(snapshot: [Tag(key: "a", value: key(257))]),
    errors: [tagsError("tag-value-length")]),
  TagCase(label: "50 tags", resource: .image, tags: TagSets(image: tags(50), snapshot: tags(50)), errors: []),
  TagCase(label: "51 tags", resource: .image, tags: TagSets(image: tags(51)), errors: [tagsError("tag-count")]),
  TagCase(
    label: "51 snapshot tags", resource: .snapshot, tags: TagSets(snapshot: tags(51)), errors: [tagsError("tag-count")]),
  TagCase(
    label: "aws: prefix", resource: .image, tags: TagSets(image: [Tag(key: "aws:stack", value: "x")]),
    errors: [tagsError("tag-key-reserved")]),
  TagCase(
    label: "AWS: prefix in capitals", resource: .snapshot, tags: TagSets(snapshot: [Tag(key: "AwS:stack", value: "x")]),
    errors: [tagsError("tag-key-reserved")]),
  TagCase(
    label: "aws without colon is fine", resource: .image, tags: TagSets(image: [Tag(key: "aws-team", value: "x")]),
    errors: []),
  TagCase(
    label: "duplicate key", resource: .image,
    tags: TagSets(image: [Tag(key: "team", value: "a"), Tag(key: "team", value: "b")]),
    errors: [tagsError("tag-key-duplicate")]),
  TagCase(
    label: "same key in image and snapshot sets", resource: .image,
    tags: TagSets(image: [Tag(key: "team", value: "a")], snapshot: [Tag(key: "team", value: "a")]), errors: []),
  TagCase(
    label: "image tags on a snapshot", resource: .snapshot, tags: TagSets(image: [Tag(key: "team", value: "a")]),
    errors: [tagsError("image-tags-not-for-snapshots")]),
]

@Suite struct TagRulesTests {
  @Test(arguments: tagCases)
  fileprivate func tagLimits(_ item: TagCase) {
    var request = item.resource == .image ? Fixture.image() : Fixture.snapshot()
    request.tags = item.tags
    let result = plan(request, catalog: Fixture.catalog)
    #expect(result.errors == item.errors)
  }

  // MARK: - TagSpecifications

  @Test func tagSpecificationsKeepTheWrittenOrder() {
    var request = Fixture.image()
    request.tags = TagSets(
      image: [Tag(key: "z", value: "1"), Tag(key: "a", value: "2")], snapshot: [Tag(key: "b", value: "3")])
    let result = plan(request, catalog: Fixture.catalog)
    #expect(
      result.parameters["TagSpecifications"]
        == .list([
          specification("image", [("z", "1"), ("a", "2")]),
          specification("snapshot", [("b", "3")]),
        ]))
  }

  // MARK: - Client token on snapshot copies

  @Test func aSnapshotCopysTokenTravelsAsATagNotAParameter() {
    var request = Fixture.snapshot()
    request.clientToken = "runbook-7f3a"
    request.tags = TagSets(snapshot: [Tag(key: "team", value: "core")])
    let result = plan(request, catalog: Fixture.catalog)
    #expect(result.parameters["ClientToken"] == nil)
    #expect(
      result.parameters["TagSpecifications"]
        == .list([
          specification("snapshot", [("team", "core"), ("ferry:client-token", "runbook-7f3a")])
        ]))
    #expect(result.findings.contains { $0.rule == "client-token-as-tag" && $0.severity == .info })
    #expect(result.errors.isEmpty)
  }

  @Test func anImageCopysTokenIsTheClientTokenParameterAndTheImagesTag() {
    var request = Fixture.image()
    request.clientToken = "runbook-7f3a"
    request.tags = TagSets(image: [Tag(key: "team", value: "core")], snapshot: [Tag(key: "tier", value: "gold")])
    let result = plan(request, catalog: Fixture.catalog)
    #expect(result.parameters["ClientToken"] == .string("runbook-7f3a"))
    // On the image only: the AMI's snapshots keep the operator's tags alone.
    #expect(
      result.parameters["TagSpecifications"]
        == .list([
          specification("image", [("team", "core"), ("ferry:client-token", "runbook-7f3a")]),
          specification("snapshot", [("tier", "gold")]),
        ]))
  }

  @Test func anImageCopyWithoutATokenHasNoTokenTag() {
    #expect(plan(Fixture.image(), catalog: Fixture.catalog).parameters["TagSpecifications"] == nil)
  }

  @Test(arguments: [(49, [RuleHit]()), (50, [RuleHit("tag-count", "tags")])])
  func theTokenTagTakesOneOfTheFiftyPlaces(count: Int, errors: [RuleHit]) {
    var request = Fixture.snapshot()
    request.clientToken = "t"
    request.tags = TagSets(snapshot: tags(count))
    #expect(plan(request, catalog: Fixture.catalog).errors == errors)
  }

  @Test(arguments: [(49, "t", [RuleHit]()), (50, "t", [RuleHit("tag-count", "tags")]), (50, nil, [RuleHit]())])
  func theTokenTagTakesOneOfAnImagesFiftyPlaces(count: Int, token: String?, errors: [RuleHit]) {
    var request = Fixture.image()
    request.clientToken = token
    request.tags = TagSets(image: tags(count))
    #expect(plan(request, catalog: Fixture.catalog).errors == errors)
  }

  @Test func theTokenTagKeyIsFerrysOwn() {
    var request = Fixture.image()
    request.tags = TagSets(snapshot: [Tag(key: "ferry:client-token", value: "x")])
    #expect(plan(request, catalog: Fixture.catalog).errors == [RuleHit("tag-key-client-token", "tags")])
  }

  @Test func emptyTagMapsSendNothing() {
    var request = Fixture.snapshot()
    request.tags = TagSets(image: [], snapshot: [])
    #expect(plan(request, catalog: Fixture.catalog).parameters["TagSpecifications"] == nil)
  }
}

/// A `TagSpecifications` entry as the plan sends it: a resource type and its tags in order.
private func specification(_ resourceType: String, _ tags: [(String, String)]) -> APIValue {
  .structure([
    "ResourceType": .string(resourceType),
    "Tags": .list(tags.map { .structure(["Key": .string($0.0), "Value": .string($0.1)]) }),
  ])
}
