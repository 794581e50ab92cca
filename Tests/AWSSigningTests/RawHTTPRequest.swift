import Foundation

/// An HTTP/1.1 request as the SigV4 suites write it (`request.txt`, `.req`, `.sreq`): a request line,
/// headers (a line starting with whitespace continues the previous value), a blank line, a body.
///
/// Test helper: parses the suites' text and renders a request back, so the signer's output can be
/// compared with the suites' signed requests.
struct RawHTTPRequest: Equatable {
  var method: String
  /// The request target as written: a raw path, possibly with unencoded spaces or UTF-8, and a query.
  var target: String
  var headers: [(name: String, value: String)]
  var body: String

  static func == (lhs: RawHTTPRequest, rhs: RawHTTPRequest) -> Bool {
    lhs.method == rhs.method && lhs.target == rhs.target && lhs.body == rhs.body
      && lhs.headers.map { "\($0.name):\($0.value)" } == rhs.headers.map { "\($0.name):\($0.value)" }
  }

  init(parsing text: String) throws {
    let (head, body) = Self.splitHeadAndBody(text)
    var lines = head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard !lines.isEmpty else { throw ParseError(text: text) }
    let requestLine = lines.removeFirst().split(separator: " ")
    guard requestLine.count >= 3 else { throw ParseError(text: text) }
    method = String(requestLine[0])
    // A raw path may hold spaces: everything between the method and the protocol is the target.
    target = requestLine[1..<(requestLine.count - 1)].joined(separator: " ")
    headers = []
    for line in lines where !line.isEmpty {
      if line.first == " " || line.first == "\t", let last = headers.popLast() {
        headers.append((last.name, last.value + "\n" + line))
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { throw ParseError(text: line) }
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      headers.append((String(line[..<colon]), String(value)))
    }
    self.body = body
  }

  private static func splitHeadAndBody(_ text: String) -> (String, String) {
    guard let range = text.range(of: "\n\n") else { return (text, "") }
    return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
  }

  var host: String { headers.first { $0.name.lowercased() == "host" }?.value ?? "" }

  var rawPath: String { String(target.prefix { $0 != "?" }) }

  var rawQuery: String? {
    guard let mark = target.firstIndex(of: "?") else { return nil }
    return String(target[target.index(after: mark)...])
  }

  /// The URL the request would be sent to over HTTPS, with the raw path and query percent-encoded only
  /// where a URL demands it (space, UTF-8).
  func url() throws -> URL {
    // `%` stays as it is: an escape already in the text (`%E1%88%B4`) must not be escaped again.
    let path = CharacterSet.urlPathAllowed.union(CharacterSet(charactersIn: "%"))
    let query = CharacterSet.urlQueryAllowed.union(CharacterSet(charactersIn: "%"))
    var string = "https://" + host + (rawPath.addingPercentEncoding(withAllowedCharacters: path) ?? "")
    if let rawQuery {
      string += "?" + (rawQuery.addingPercentEncoding(withAllowedCharacters: query) ?? "")
    }
    guard let url = URL(string: string) else { throw ParseError(text: string) }
    return url
  }

  /// The request with `added` headers set, replacing those of the same name (names compare without case).
  func settingHeaders(_ added: [(name: String, value: String)]) -> RawHTTPRequest {
    var copy = self
    let names = Set(added.map { $0.name.lowercased() })
    copy.headers = headers.filter { !names.contains($0.name.lowercased()) } + added
    return copy
  }

  /// Header lines as `name:value`, names lower-cased (HTTP names are case-insensitive) and sorted, for an
  /// order-insensitive comparison: the suites do not agree on where the signer's headers go.
  var headerLines: [String] {
    headers.map { $0.name.lowercased() + ":" + $0.value }.sorted()
  }

  /// Query items as written, sorted: the suites and botocore put the auth parameters in different orders.
  var queryItems: [String] {
    (rawQuery ?? "").split(separator: "&").map(String.init).sorted()
  }

  struct ParseError: Error, CustomStringConvertible {
    var text: String
    var description: String { "cannot parse request text: \(text)" }
  }
}
