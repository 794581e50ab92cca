import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

/// Following NextToken across many pages, over HTTP, with moto's own items, paged by a proxy.
@Suite(.enabled(if: MotoEnvironment.available, "\(MotoEnvironment.missing)"))
struct MotoPagingTests {
  let endpoint = MotoEnvironment.endpoint ?? URL(fileURLWithPath: "/")

  @Test func snapshotsAreFollowedAcrossEveryPage() async throws {
    let fixtures = MotoFixtures(endpoint: endpoint)
    let created = try await fixtures.snapshots(count: 23, prefix: "paging \(fixtures.run)")

    let proxy = PagingProxyTransport(upstream: CurlTransport())
    let account = LiveAccount(
      configuration: LiveAccountConfiguration(
        region: "us-east-1", endpointOverrides: LiveAccountConfiguration.overridingAll(with: endpoint)),
      credentials: MotoEnvironment.Fixed(value: MotoEnvironment.anyCredentials), signer: SigV4RequestSigner(),
      transport: proxy)
    // A description filter: moto answers it in a tenth of the time a tag filter takes.
    let query = SnapshotQuery(
      owners: ["self"], filters: [Filter(name: "description", values: ["paging \(fixtures.run) *"])], maxResults: 5)
    var listed: [String] = []
    var token: String?
    var pages = 0
    repeat {
      let page = try await account.snapshots(in: "us-east-1", query: query, nextToken: token)
      listed += page.items.map(\.id)
      token = page.nextToken
      pages += 1
    } while token != nil && pages < 20

    #expect(pages == 5)
    #expect(listed.count == 23)
    #expect(Set(listed) == created)
    #expect(proxy.tokensSeen == ["page/5+=", "page/10+=", "page/15+=", "page/20+="])
  }
}
