import FerryCloud
import FerryRules

extension LiveAccount {
  /// ListOutposts to the end (`NextToken`), stopping if the service repeats a token.
  public func outposts(in region: String) async throws -> [Outpost] {
    var outposts: [Outpost] = []
    var token: String?
    var seen: Set<String> = []
    repeat {
      let response = try await client.send(OutpostsWire.listOutposts(region: region, nextToken: token))
      let page = try OutpostsWire.page(response.body)
      outposts += page.items
      token = page.nextToken
      if let token, !seen.insert(token).inserted {
        throw AWSError(
          kind: .invalidResponse, code: "RepeatedToken",
          message: "ListOutposts in \(region) sent the same NextToken twice")
      }
    } while token != nil
    return outposts
  }
}
