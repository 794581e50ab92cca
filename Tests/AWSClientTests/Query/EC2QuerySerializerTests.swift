import AWSClient
import AWSSigning
import FerryRules
import Testing

// MARK: - Exact bodies

@Test func copyImageBodyFlattensTagSpecificationsInOrder() {
  let parameters: [String: APIValue] = [
    "SourceImageId": .string("ami-0123456789abcdef0"),
    "SourceRegion": .string("us-east-1"),
    "Name": .string("app server (2026)"),
    "Encrypted": .boolean(true),
    "ClientToken": .string("runbook-7f3a"),
    "SnapshotCopyCompletionDurationMinutes": .integer(60),
    "TagSpecifications": .list([
      .structure([
        "ResourceType": .string("image"),
        "Tags": .list([.structure(["Key": .string("team"), "Value": .string("core/ops")])]),
      ]),
      .structure([
        "ResourceType": .string("snapshot"),
        "Tags": .list([.structure(["Key": .string("a b"), "Value": .string("ü")])]),
      ]),
    ]),
  ]
  let body = EC2QuerySerializer(action: "CopyImage").body(parameters)
  #expect(
    body
      == "Action=CopyImage&Version=2016-11-15&ClientToken=runbook-7f3a&Encrypted=true"
      + "&Name=app%20server%20%282026%29&SnapshotCopyCompletionDurationMinutes=60"
      + "&SourceImageId=ami-0123456789abcdef0&SourceRegion=us-east-1"
      + "&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.1.Key=team&TagSpecification.1.Tag.1.Value=core%2Fops"
      + "&TagSpecification.2.ResourceType=snapshot&TagSpecification.2.Tag.1.Key=a%20b&TagSpecification.2.Tag.1.Value=%C3%BC"
  )
}

@Test func describeRegionsMatchesBotocoreKeysAndOrder() {
  let pairs = EC2QuerySerializer(action: "DescribeRegions").pairs([
    "AllRegions": .boolean(true),
    "Filters": .list([.structure(["Name": .string("region-name"), "Values": .list([.string("us-east-1 x")])])]),
  ])
  #expect(
    pairs.map { "\($0.0)=\($0.1)" } == [
      "Action=DescribeRegions", "Version=2016-11-15", "AllRegions=true",
      "Filter.1.Name=region-name", "Filter.1.Value.1=us-east-1 x",
    ])
}

// MARK: - List renames

@Test(arguments: [
  ("DescribeImages", "Owners", "Owner.1"),
  ("DescribeImages", "ExecutableUsers", "ExecutableBy.1"),
  ("DescribeImages", "ImageIds", "ImageId.1"),
  ("DescribeSnapshots", "OwnerIds", "Owner.1"),
  ("DescribeSnapshots", "RestorableByUserIds", "RestorableBy.1"),
  ("DescribeSnapshots", "SnapshotIds", "SnapshotId.1"),
  ("DescribeRegions", "RegionNames", "RegionName.1"),
  ("DescribeAvailabilityZones", "ZoneIds", "ZoneId.1"),
  ("CopySnapshot", "Owners", "Owners.1"),
])
func listNamesFollowTheOperation(action: String, name: String, wireKey: String) {
  let pairs = EC2QuerySerializer(action: action).pairs([name: .list([.string("self")])])
  #expect(pairs.count == 3)
  #expect(pairs.last?.0 == wireKey)
  #expect(pairs.last?.1 == "self")
}

@Test func emptyListsAreNotSentAndListsCountFromOne() {
  let body = EC2QuerySerializer(action: "DescribeImages").body([
    "Owners": .list([]),
    "ImageIds": .list([.string("ami-1"), .string("ami-2")]),
    "IncludeDeprecated": .boolean(false),
  ])
  #expect(body == "Action=DescribeImages&Version=2016-11-15&ImageId.1=ami-1&ImageId.2=ami-2&IncludeDeprecated=false")
}

@Test func lowerCaseNamesAreCapitalized() {
  let pairs = EC2QuerySerializer(action: "CopySnapshot").pairs(["dryRun": .boolean(true)])
  #expect(pairs.last?.0 == "DryRun")
}

// MARK: - Percent-encoding

@Test(arguments: [
  ("AZaz09-._~", "AZaz09-._~"),
  ("a b+c", "a%20b%2Bc"),
  ("x/y=z&", "x%2Fy%3Dz%26"),
  ("é", "%C3%A9"),
  ("*", "%2A"),
])
func percentEncodingIsStrictRFC3986(raw: String, encoded: String) {
  #expect(URIEncoding.encode(raw) == encoded)
  #expect(URIEncoding.decode(encoded) == raw)
}

@Test func decodingFormBodiesTreatsPlusAsSpaceOnlyWhenAsked() {
  #expect(URIEncoding.decode("a+b%2B", plusAsSpace: true) == "a b+")
  #expect(URIEncoding.decode("a+b%2B") == "a+b+")
  #expect(URIEncoding.decode("bad%zz%4") == "bad%zz%4")
}
