import AWSClient
import FerryCloud
import FerryRules
import Foundation
import Testing

private func body(_ request: HTTPRequest) -> String { String(decoding: request.body, as: UTF8.self) }

private func imagesPage(_ ids: [String], next: String?) -> ScriptedTransport.Step {
  let items = ids.map {
    "<item><imageId>\($0)</imageId><imageState>available</imageState><imageOwnerId>1</imageOwnerId><name>\($0)</name></item>"
  }.joined()
  return Answers.xml(
    200,
    "<DescribeImagesResponse><imagesSet>\(items)</imagesSet>\(next.map { "<nextToken>\($0)</nextToken>" } ?? "")</DescribeImagesResponse>"
  )
}

// MARK: - Paging EC2

@Test func imagesArePagedWithNextToken() async throws {
  let transport = ScriptedTransport([
    imagesPage(["ami-1", "ami-2"], next: "t+1/="), imagesPage(["ami-3"], next: "t2"), imagesPage([], next: nil),
  ])
  let account = LiveAccount.scripted(transport)
  let query = ImageQuery(
    owners: ["self"], filters: [Filter(name: "state", values: ["available", "pending"])], maxResults: 2)
  var ids: [String] = []
  var token: String?
  var pages = 0
  repeat {
    let page = try await account.images(in: "us-east-1", query: query, nextToken: token)
    ids += page.items.map(\.id)
    token = page.nextToken
    pages += 1
  } while token != nil
  #expect(ids == ["ami-1", "ami-2", "ami-3"])
  #expect(pages == 3)
  #expect(
    transport.requests.map(body) == [
      "Action=DescribeImages&Version=2016-11-15&Filter.1.Name=state&Filter.1.Value.1=available&Filter.1.Value.2=pending&MaxResults=2&Owner.1=self",
      "Action=DescribeImages&Version=2016-11-15&Filter.1.Name=state&Filter.1.Value.1=available&Filter.1.Value.2=pending&MaxResults=2&NextToken=t%2B1%2F%3D&Owner.1=self",
      "Action=DescribeImages&Version=2016-11-15&Filter.1.Name=state&Filter.1.Value.1=available&Filter.1.Value.2=pending&MaxResults=2&NextToken=t2&Owner.1=self",
    ])
}

@Test func snapshotQueriesUseTheSnapshotWireNames() async throws {
  let transport = ScriptedTransport([
    Answers.xml(200, "<DescribeSnapshotsResponse><snapshotSet/></DescribeSnapshotsResponse>")
  ])
  let page = try await LiveAccount.scripted(transport).snapshots(
    in: "us-east-1", query: SnapshotQuery(owners: ["self"], restorableBy: ["123"], snapshotIds: ["snap-1"]),
    nextToken: nil)
  #expect(page.items.isEmpty)
  #expect(page.nextToken == nil)
  #expect(
    body(transport.requests[0])
      == "Action=DescribeSnapshots&Version=2016-11-15&Owner.1=self&RestorableBy.1=123&SnapshotId.1=snap-1")
}

@Test func identityComesFromSTS() async throws {
  let transport = ScriptedTransport([
    Answers.xml(
      200,
      "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
    )
  ])
  let identity = try await LiveAccount.scripted(transport).identity()
  #expect(identity == AccountIdentity(accountId: "123456789012", partition: "aws", profile: "ops", region: "us-east-1"))
  #expect(transport.requests[0].url.absoluteString == "https://sts.us-east-1.amazonaws.com/")
  #expect(body(transport.requests[0]) == "Action=GetCallerIdentity&Version=2011-06-15")
}

// MARK: - KMS

private func json(_ text: String) -> ScriptedTransport.Step { Answers.xml(200, text) }

@Test func kmsKeysMergeAliasesAcrossPages() async throws {
  let transport = ScriptedTransport([
    json(#"{"Keys":[{"KeyId":"k1","KeyArn":"arn:k1"}],"NextMarker":"m1","Truncated":true}"#),
    json(#"{"Keys":[{"KeyId":"k2","KeyArn":"arn:k2"}],"Truncated":false}"#),
    json(
      #"{"Aliases":[{"AliasName":"alias/backup","TargetKeyId":"k1"},{"AliasName":"alias/aws/ebs","TargetKeyId":"k2"}],"NextMarker":"a1","Truncated":true}"#
    ),
    json(#"{"Aliases":[{"AliasName":"alias/app","TargetKeyId":"k1"},{"AliasName":"alias/unused"}],"Truncated":false}"#),
    json(
      #"{"KeyMetadata":{"KeyId":"k1","Arn":"arn:k1","Description":"backups","KeySpec":"SYMMETRIC_DEFAULT","KeyState":"Enabled","KeyManager":"CUSTOMER"}}"#
    ),
    json(
      #"{"KeyMetadata":{"KeyId":"k2","Arn":"arn:k2","Description":"","KeySpec":"RSA_2048","KeyState":"PendingDeletion","KeyManager":"AWS"}}"#
    ),
  ])
  let keys = try await LiveAccount.scripted(transport).kmsKeys(in: "us-east-1")
  #expect(
    keys == [
      KMSKey(keyId: "k1", arn: "arn:k1", aliases: ["alias/app", "alias/backup"], description: "backups"),
      KMSKey(
        keyId: "k2", arn: "arn:k2", aliases: ["alias/aws/ebs"], keySpec: "RSA_2048", keyState: "PendingDeletion",
        keyManager: "AWS"),
    ])
  let requests = transport.requests
  #expect(
    requests.map { $0.headers["X-Amz-Target"] ?? "" }.prefix(4) == [
      "TrentService.ListKeys", "TrentService.ListKeys", "TrentService.ListAliases", "TrentService.ListAliases",
    ])
  #expect(requests.allSatisfy { $0.headers["Content-Type"] == "application/x-amz-json-1.1" })
  #expect(body(requests[1]) == #"{"Limit":1000,"Marker":"m1"}"#)
  #expect(requests[0].url.absoluteString == "https://kms.us-east-1.amazonaws.com/")
}

@Test func kmsErrorsAreMapped() async {
  let transport = ScriptedTransport([
    .respond(
      HTTPResponse(
        status: 400, headers: ["x-amzn-requestid": "kr"],
        body: Data(#"{"__type":"NotFoundException","message":"Alias arn:x is not found."}"#.utf8)))
  ])
  let error = await #expect(throws: AWSError.self) {
    try await LiveAccount.scripted(transport).describeKey("alias/x", in: "us-east-1")
  }
  #expect(error?.code == "NotFoundException")
  #expect(error?.requestId == "kr")
  #expect(error?.description == "DescribeKey in us-east-1 failed: Alias arn:x is not found (NotFoundException)")
}

// Found by the json fuzz target (Fuzz/): a KMS (or proxy) that repeats a NextMarker made kmsKeys ask
// for the same page forever.
@Test(arguments: [
  [
    json(#"{"Keys":[{"KeyId":"k1"}],"NextMarker":"m1","Truncated":true}"#),
    json(#"{"Keys":[],"NextMarker":"m1","Truncated":true}"#),
  ],
  [
    json(#"{"Keys":[],"Truncated":false}"#),
    json(#"{"Aliases":[],"NextMarker":"a1"}"#),
    json(#"{"Aliases":[],"NextMarker":"a1"}"#),
  ],
])
func kmsListingsStopWhenAMarkerRepeats(steps: [ScriptedTransport.Step]) async {
  let transport = ScriptedTransport(steps)
  let error = await #expect(throws: AWSError.self) {
    try await LiveAccount.scripted(transport).kmsKeys(in: "us-east-1")
  }
  let operation = steps.count == 2 ? "ListKeys" : "ListAliases"
  #expect(error?.code == "RepeatedToken")
  #expect(error?.message == "\(operation) in us-east-1 sent the same NextMarker twice")
  #expect(transport.requests.count == steps.count)
}

// MARK: - Outposts

@Test func outpostsArePagedAndTheirRegionComesFromTheARN() async throws {
  let transport = ScriptedTransport([
    json(
      #"{"Outposts":[{"OutpostId":"op-1","OutpostArn":"arn:aws:outposts:us-west-2:111122223333:outpost/op-1","Name":"rack","AvailabilityZone":"us-west-2a"}],"NextToken":"n/1"}"#
    ),
    json(#"{"Outposts":[{"OutpostId":"op-2","OutpostArn":"arn:aws:outposts:us-west-2:111122223333:outpost/op-2"}]}"#),
  ])
  let outposts = try await LiveAccount.scripted(transport).outposts(in: "us-west-2")
  #expect(
    outposts == [
      Outpost(
        arn: "arn:aws:outposts:us-west-2:111122223333:outpost/op-1", id: "op-1", name: "rack", region: "us-west-2",
        account: "111122223333", availabilityZone: "us-west-2a"),
      Outpost(
        arn: "arn:aws:outposts:us-west-2:111122223333:outpost/op-2", id: "op-2", name: "op-2", region: "us-west-2",
        account: "111122223333"),
    ])
  #expect(
    transport.requests.map(\.url.absoluteString) == [
      "https://outposts.us-west-2.amazonaws.com/outposts?MaxResults=100",
      "https://outposts.us-west-2.amazonaws.com/outposts?MaxResults=100&NextToken=n%2F1",
    ])
  #expect(
    transport.requests.allSatisfy {
      $0.method == "GET" && $0.headers["Authorization"]?.contains("/us-west-2/outposts/aws4_request") == true
    })
}
