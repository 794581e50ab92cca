import FerryCloud
import FerryRules
import Foundation

/// AWS Outposts' REST JSON `ListOutposts` (`GET /outposts`) request and answer.
///
/// Pure: builds `ServiceRequest`s and decodes bodies; sending is the caller's.
///
/// Spec: https://docs.aws.amazon.com/outposts/latest/APIReference/API_ListOutposts.html
public enum OutpostsWire {
  public static func listOutposts(region: String, nextToken: String?) -> ServiceRequest {
    var query: [(String, String)] = [("MaxResults", "100")]
    if let nextToken { query.append(("NextToken", nextToken)) }
    return ServiceRequest(
      service: .outposts, region: region, operation: "ListOutposts", method: "GET", path: "/outposts", query: query,
      errorFormat: .json)
  }

  struct Entry: Decodable, Sendable {
    var OutpostId: String
    var OutpostArn: String
    var Name: String?
    var AvailabilityZone: String?
  }

  struct Response: Decodable, Sendable {
    var Outposts: [Entry]?
    var NextToken: String?
  }

  /// One page: the Outposts and the next token.
  public static func page(_ data: Data) throws(AWSError) -> Page<Outpost> {
    let response: Response
    do {
      response = try JSONDecoder().decode(Response.self, from: data)
    } catch {
      throw AWSError(
        kind: .invalidResponse, code: "InvalidJSON",
        message: "The answer to ListOutposts is not the JSON Outposts sends")
    }
    var outposts: [Outpost] = []
    for entry in response.Outposts ?? [] {
      guard let arn = ARN(entry.OutpostArn) else {
        throw AWSError(
          kind: .invalidResponse, code: "UnexpectedValue",
          message: "ListOutposts reported \"\(entry.OutpostArn)\", which is not an ARN")
      }
      outposts.append(
        Outpost(
          arn: entry.OutpostArn, id: entry.OutpostId, name: entry.Name ?? entry.OutpostId, region: arn.region,
          account: arn.account, availabilityZone: entry.AvailabilityZone))
    }
    let token = response.NextToken.flatMap { $0.isEmpty ? nil : $0 }
    return Page(items: outposts, nextToken: token)
  }

  /// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
  struct ARN {
    var region: String
    var account: String

    init?(_ text: String) {
      let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
      guard fields.count == 6, fields[0] == "arn" else { return nil }
      region = String(fields[3])
      account = String(fields[4])
    }
  }
}
