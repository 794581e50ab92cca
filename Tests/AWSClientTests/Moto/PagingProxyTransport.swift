import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Synchronization

/// Sits between ferry's client and moto and pages DescribeImages / DescribeSnapshots answers the way
/// EC2 does, because moto returns every match in one answer whatever `MaxResults` says.
///
/// Forwards each request unchanged, then keeps `MaxResults` items from the offset its own `NextToken`
/// names and adds `<nextToken>` while items remain. The token carries `+`, `/` and `=` so the client's
/// encoding of it is exercised too.
final class PagingProxyTransport: HTTPTransport {
  private let upstream: any HTTPTransport
  private let tokens = Mutex<[String]>([])

  init(upstream: any HTTPTransport) {
    self.upstream = upstream
  }

  /// The NextToken values the client sent, in order.
  var tokensSeen: [String] { tokens.withLock { $0 } }

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    let form = Self.form(request.body)
    let response = try await upstream.send(request, timeout: timeout)
    guard response.status == 200, let action = form["Action"], let set = Self.sets[action],
      let pageSize = form["MaxResults"].flatMap(Int.init)
    else { return response }
    let token = form["NextToken"]
    if let token { tokens.withLock { $0.append(token) } }
    let offset = token.flatMap { Int($0.dropFirst("page/".count).dropLast(2)) } ?? 0

    let root = try XMLTreeParser.parse(response.body, context: action).root
    let items = root.items(set)
    let page = items.dropFirst(offset).prefix(pageSize)
    var xml = "<\(root.name)><requestId>paged</requestId><\(set)>"
    for item in page { Self.write(item, into: &xml) }
    xml += "</\(set)>"
    if offset + pageSize < items.count { xml += "<nextToken>page/\(offset + pageSize)+=</nextToken>" }
    xml += "</\(root.name)>"
    var paged = response
    paged.body = Data(xml.utf8)
    return paged
  }

  private static let sets = ["DescribeSnapshots": "snapshotSet", "DescribeImages": "imagesSet"]

  private static func form(_ body: Data) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      fields[URIEncoding.decode(parts[0])] = URIEncoding.decode(parts.count > 1 ? parts[1] : "")
    }
    return fields
  }

  private static func write(_ element: XMLElement, into xml: inout String) {
    xml += "<\(element.name)>"
    if element.children.isEmpty {
      xml += element.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    } else {
      for child in element.children { write(child, into: &xml) }
    }
    xml += "</\(element.name)>"
  }
}
