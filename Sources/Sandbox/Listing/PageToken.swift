import FerryCloud
import Foundation

/// The opaque NextToken of a sandbox listing: where the next page starts, bound to the query it
/// belongs to, so a token is refused with another query (as EC2 refuses it).
///
/// Base64 of `v1|OFFSET|QUERYHASH`. The hash is FNV-1a over the query's canonical text: stable
/// across processes (Swift's `Hasher` is not). Pure.
enum PageToken {
  static func make(offset: Int, query: String) -> String {
    Data("v1|\(offset)|\(StableID.hash(query))".utf8).base64EncodedString()
  }

  /// The offset a token names; `0` for no token.
  static func offset(_ token: String?, query: String) throws(AWSError) -> Int {
    guard let token else { return 0 }
    guard let data = Data(base64Encoded: token) else { throw invalid(token) }
    let parts = String(decoding: data, as: UTF8.self).split(separator: "|").map(String.init)
    guard parts.count == 3, parts[0] == "v1", let offset = Int(parts[1]), offset >= 0,
      parts[2] == String(StableID.hash(query))
    else { throw invalid(token) }
    return offset
  }

  /// One page of `items` from `offset`, with the token of the next page when there is one.
  static func page<Item>(_ items: [Item], offset: Int, maxResults: Int?, query: String) -> Page<Item> {
    guard let maxResults else { return Page(items: Array(items.dropFirst(offset)), nextToken: nil) }
    let end = min(items.count, offset + maxResults)
    let slice = offset < end ? Array(items[offset..<end]) : []
    return Page(items: slice, nextToken: end < items.count ? make(offset: end, query: query) : nil)
  }

  /// EC2 accepts MaxResults from 5 to 1000 on DescribeImages and DescribeSnapshots.
  static func checkMaxResults(_ value: Int?, withIds: Bool, idsParameter: String) throws(AWSError) {
    guard let value else { return }
    if withIds {
      throw EC2Errors.service(
        "InvalidParameterCombination", "The parameter \(idsParameter) cannot be used with the parameter maxResults")
    }
    guard (5...1000).contains(value) else {
      throw EC2Errors.service(
        "InvalidParameterValue",
        "Value ( \(value) ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.")
    }
  }

  private static func invalid(_ token: String) -> AWSError {
    EC2Errors.service("InvalidParameterValue", "The value '\(token)' for parameter NextToken is not valid.")
  }
}
